"use client";

import { useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { channelLabel } from "@/lib/domain/channels";
import { CONSENT_CHANNELS, CONSENT_PURPOSES, type ConsentChannel, type ConsentPurpose } from "@/lib/domain/enums";
import type { ExportChoice } from "@/lib/domain/segments";
import { humanize } from "@/lib/format";

const purposeWords = (purpose: ConsentPurpose) => purpose.replace(/_/g, " ");
const channelWords = (channel: ConsentChannel) => (channel === "sms" ? "SMS" : channelLabel(channel).toLowerCase());
/** The option picked, typed, without trusting the DOM's string. */
const pick = <T extends string>(values: readonly T[], value: string, fallback: T): T => values.find((v) => v === value) ?? fallback;

/** The CSV of members who may be contacted for a purpose on a channel, for the choice made. */
export function exportHref(id: number, { channel, purpose }: ExportChoice): string {
  return `/segments/${id}/export?${new URLSearchParams({ channel, purpose }).toString()}`;
}

/**
 * "Export members": pick a channel and a purpose, then download. The download is a plain link to
 * the export route, which filters by consent and writes the audit entry.
 */
export function ExportDialog({ id, name }: { id: number; name: string }) {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<ExportChoice>({ channel: "email", purpose: "marketing" });

  return (
    <>
      <Button variant="outline" size="sm" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
        </svg>
        Export members
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Export members" description={`A CSV of the members of ${name} you may contact.`}>
        <div className="space-y-4 p-5">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="export-channel" label="Channel">
              {(control) => (
                <Select
                  {...control}
                  value={choice.channel}
                  data-autofocus
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setChoice((c) => ({ ...c, channel: pick(CONSENT_CHANNELS, value, c.channel) }));
                  }}
                >
                  {CONSENT_CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {channelLabel(c)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="export-purpose" label="Purpose">
              {(control) => (
                <Select
                  {...control}
                  value={choice.purpose}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setChoice((c) => ({ ...c, purpose: pick(CONSENT_PURPOSES, value, c.purpose) }));
                  }}
                >
                  {CONSENT_PURPOSES.map((p) => (
                    <option key={p} value={p}>
                      {humanize(p)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          <p id="export-rule" className="rounded-md border bg-muted/40 px-3 py-2 text-sm text-muted-foreground">
            Only members who consented to <span className="font-medium text-foreground">{purposeWords(choice.purpose)}</span> on{" "}
            <span className="font-medium text-foreground">{channelWords(choice.channel)}</span> and have a contact
            point for it are exported. The export is recorded in the audit log.
          </p>
          <div className="flex justify-end gap-2">
            <Button variant="outline" onClick={() => setOpen(false)}>
              Close
            </Button>
            {/* A plain link: the route answers with the file, and the dialog stays for another choice. */}
            <a href={exportHref(id, choice)} download aria-describedby="export-rule" className={buttonClasses("primary", "md")}>
              Download CSV
            </a>
          </div>
        </div>
      </Dialog>
    </>
  );
}
