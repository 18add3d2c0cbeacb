"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useShortcuts } from "@/components/ui/shortcuts";
import type { CaseDetail, StaffRef } from "@/lib/dal/cases";
import type { PartyProfile } from "@/lib/dal/party-profile";
import { isOpenStatus, type InteractionChannel } from "@/lib/domain/cases";
import { INTERACTION_CHANNELS } from "@/lib/domain/enums";
import { humanize } from "@/lib/format";
import { LogInteractionDialog, type LoadedCases } from "../../../_components/log-interaction-dialog";
import { ReopenDialog, ResolveDialog } from "./case-dialogs";
import { CaseEditForm } from "./case-edit-form";
import { NoteForm } from "./note-form";

export type WorkspaceCase = Pick<
  CaseDetail,
  "id" | "partyId" | "caseNumber" | "status" | "priority" | "assignee" | "channel" | "version" | "resolutionCode"
>;

type OpenDialog = "resolve" | "reopen" | "log" | null;

const asChannel = (c: string): InteractionChannel => (INTERACTION_CHANNELS as readonly string[]).includes(c) ? (c as InteractionChannel) : "email";

/**
 * What an agent does on the case: edit, resolve or reopen, note, log a contact; and the keys for
 * them (l, r, e, o; "n" lives with the Next case link). Every result is announced in one place.
 */
export function CaseWorkspace({
  detail, staff, log,
}: {
  detail: WorkspaceCase;
  staff: StaffRef[];
  /** For roles that may log interactions: the customer's open cases and consent, streamed. */
  log: { openCases: Promise<LoadedCases>; consent: Promise<PartyProfile["consent"] | null> } | null;
}) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [logChannel, setLogChannel] = useState<InteractionChannel>(asChannel(detail.channel));
  // A counter, so the same message twice ("Note added.") is announced twice.
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const open = isOpenStatus(detail.status);

  const announce = (text: string) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }));
  const close = () => setDialog(null);
  const openLog = (channel: InteractionChannel) => {
    setLogChannel(channel);
    setDialog("log");
  };

  useShortcuts({
    e: () => noteRef.current?.focus(),
    ...(log ? { l: () => openLog("call") } : {}),
    ...(open ? { r: () => setDialog("resolve") } : { o: () => setDialog("reopen") }),
  });

  const dialogProps = { onClose: close, onDone: announce, caseId: detail.id, caseNumber: detail.caseNumber, version: detail.version };

  return (
    <div className="space-y-4">
      <div role="status" aria-live="polite">
        {message ? (
          <Alert key={message.n} tone="success">
            {message.text}
          </Alert>
        ) : null}
      </div>

      <Card aria-labelledby="case-work-title" className="p-4">
        <h2 id="case-work-title" className="text-base font-semibold">
          Work on this case
        </h2>
        <div className="mt-3 flex flex-wrap gap-2">
          {open ? (
            <Button size="sm" aria-haspopup="dialog" aria-keyshortcuts="r" onClick={() => setDialog("resolve")}>
              Resolve…
            </Button>
          ) : (
            <Button size="sm" aria-haspopup="dialog" aria-keyshortcuts="o" onClick={() => setDialog("reopen")}>
              Reopen…
            </Button>
          )}
          {log ? (
            <Button variant="outline" size="sm" aria-haspopup="dialog" onClick={() => openLog(asChannel(detail.channel))}>
              Log interaction
            </Button>
          ) : null}
        </div>
        {open ? (
          <div className="mt-4 border-t pt-4">
            <CaseEditForm
              caseId={detail.id}
              version={detail.version}
              current={{ status: detail.status as "new" | "open" | "pending", priority: detail.priority, assigneeId: detail.assignee?.id ?? "" }}
              assignee={detail.assignee}
              staff={staff}
              onSaved={announce}
            />
          </div>
        ) : (
          <p className="mt-3 text-sm text-muted-foreground">
            {humanize(detail.status)}
            {detail.resolutionCode ? (
              <>
                {" as "}
                <Badge tone="success">{humanize(detail.resolutionCode)}</Badge>
              </>
            ) : null}
            . Reopen it to change its status, priority or assignee.
          </p>
        )}
      </Card>

      <Card className="p-4">
        <NoteForm caseId={detail.id} noteRef={noteRef} onSaved={announce} />
      </Card>

      <ResolveDialog open={dialog === "resolve"} {...dialogProps} />
      <ReopenDialog open={dialog === "reopen"} {...dialogProps} />
      {log ? (
        <LogInteractionDialog
          open={dialog === "log"}
          onClose={close}
          onLogged={announce}
          partyId={detail.partyId}
          cases={log.openCases}
          // Only an open case can be logged against; a resolved one starts with "Not about a case".
          defaultCaseId={open ? detail.id : null}
          defaultChannel={logChannel}
          consent={log.consent}
        />
      ) : null}
    </div>
  );
}
