"use client";

import type { Loaded } from "../_lib/loaded";
import { useRouter } from "next/navigation";
import { Suspense, use, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Field, FieldError, fieldClasses, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { FormActions } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { PartyProfile } from "@/lib/dal/party-profile";
import { CALL_OUTCOMES, contactDecision, type ContactPurpose, type InteractionChannel } from "@/lib/domain/cases";
import { channelLabel } from "@/lib/domain/channels";
import { INTERACTION_CHANNELS } from "@/lib/domain/enums";
import { humanize } from "@/lib/format";
import { logInteractionAction } from "../cases/_lib/actions";

/** One of the customer's open cases, as the Case select offers it. */
export interface CaseOption {
  id: number;
  caseNumber: string;
  subject: string;
}

/** The open cases as a streamed read: a failure shows a note and leaves "Not about a case". */
export type LoadedCases = Loaded<CaseOption[]>;

type Direction = "inbound" | "outbound";
type Consent = PartyProfile["consent"];
type Control = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

export interface LogInteractionDialogProps {
  open: boolean;
  onClose: () => void;
  /** After a save: the dialog has closed and refreshed the page; show `message` (e.g. in a status region). */
  onLogged: (message: string) => void;
  partyId: number;
  /** The customer's open cases: a list, or the server's promise of one (unwrapped when the dialog opens). */
  cases: CaseOption[] | Promise<LoadedCases>;
  /** The case preselected in the Case select (must be one of `cases`). */
  defaultCaseId?: number | null;
  defaultChannel?: InteractionChannel;
  /** The consent ledger (or the server's promise of it), for a hint before submitting. Only a hint: the server decides. */
  consent?: Consent | Promise<Consent | null> | null;
}

const channelName = (c: InteractionChannel) => (c === "call" ? "Phone call" : channelLabel(c));

/** Logs a contact with the customer (an inbound call, an outbound email…), optionally on one of their open cases. */
export function LogInteractionDialog({ open, onClose, ...props }: LogInteractionDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Log interaction" description="Record a contact with this customer." variant="sheet">
      <LogInteractionForm {...props} onCancel={onClose} />
    </Dialog>
  );
}

function LogInteractionForm({
  partyId, cases, defaultCaseId, defaultChannel, consent, onCancel, onLogged,
}: Omit<LogInteractionDialogProps, "open" | "onClose"> & { onCancel: () => void }) {
  const router = useRouter();
  const [channel, setChannel] = useState<InteractionChannel>(defaultChannel ?? "email");
  const [direction, setDirection] = useState<Direction>("inbound");
  const [purpose, setPurpose] = useState<ContactPurpose>("service");
  const [caseId, setCaseId] = useState(defaultCaseId ? String(defaultCaseId) : "");
  const { failed, pending, onSubmit } = useFormAction(logInteractionAction, (message) => {
    onCancel();
    router.refresh();
    onLogged(message);
  });
  const errors = failed?.fields ?? {};
  const isCall = channel === "call";

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <input type="hidden" name="partyId" value={partyId} />
      <div className="flex-1 space-y-4 overflow-y-auto p-5">
        <Field id="log-channel" label="Channel" error={errors.channel}>
          {(control) => (
            <Select {...control} name="channel" value={channel} onChange={(e) => setChannel(e.target.value as InteractionChannel)} data-autofocus>
              {INTERACTION_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {channelName(c)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <RadioGroup
          name="direction"
          legend="Direction"
          value={direction}
          onChange={setDirection}
          options={[["inbound", "Inbound (they contacted us)"], ["outbound", "Outbound (we contacted them)"]]}
          error={errors.direction}
        />
        {direction === "outbound" ? (
          <RadioGroup
            name="purpose"
            legend="Purpose"
            value={purpose}
            onChange={setPurpose}
            options={[["service", "Service"], ["marketing", "Marketing"]]}
            error={errors.purpose}
          />
        ) : (
          // Inbound contact is always service: the customer came to us.
          <input type="hidden" name="purpose" value="service" />
        )}
        <Field id="log-case" label="Case" error={errors.caseId}>
          {(control) => (
            <Suspense fallback={<CaseSelectLoading control={control} value={caseId} />}>
              <CaseSelect control={control} cases={cases} value={caseId} onChange={setCaseId} />
            </Suspense>
          )}
        </Field>
        <div aria-live="polite">
          <Suspense fallback={null}>
            <ContactHint consent={consent} direction={direction} channel={channel} purpose={purpose} openCase={caseId !== ""} />
          </Suspense>
        </div>
        <Field id="log-summary" label="Summary" error={errors.summary}>
          {(control) => (
            <textarea {...control} name="summary" rows={5} maxLength={2000} required className={cn(fieldClasses, "py-2")} />
          )}
        </Field>
        {isCall ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="log-duration" label="Duration (minutes)" error={errors.durationMinutes}>
              {(control) => <Input {...control} name="durationMinutes" inputMode="decimal" autoComplete="off" required />}
            </Field>
            <Field id="log-outcome" label="Outcome" error={errors.outcome}>
              {(control) => (
                <Select {...control} name="outcome" defaultValue="" required>
                  <option value="" disabled>
                    Choose…
                  </option>
                  {CALL_OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {humanize(o)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
        ) : null}
      </div>
      <div className="space-y-3 border-t p-5">
        {failed ? (
          // A consent refusal arrives here with its reason: it is the answer, not a detail.
          <Alert tone="danger" role="alert" className="font-medium">
            {failed.error}
            {errors.partyId ? ` ${errors.partyId}` : null}
          </Alert>
        ) : null}
        <FormActions onCancel={onCancel} pending={pending} label="Log interaction" pendingText="Logging…" />
      </div>
    </form>
  );
}

function RadioGroup<T extends string>({
  name, legend, value, onChange, options, error,
}: {
  name: string;
  legend: string;
  value: T;
  onChange: (value: T) => void;
  options: Array<[T, string]>;
  error: string | undefined;
}) {
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-5">
        {options.map(([v, label]) => (
          <label key={v} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
              className="size-4 accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            />
            {label}
          </label>
        ))}
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </fieldset>
  );
}

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function CaseSelect({ cases, value, onChange, control }: { cases: LogInteractionDialogProps["cases"]; value: string; onChange: (id: string) => void; control: Control }) {
  // `use` may be called conditionally: a promise from the server, or the list itself.
  const loaded: LoadedCases = Array.isArray(cases) ? { ok: true, data: cases } : use(cases);
  const options = loaded.ok ? loaded.data : [];
  return (
    <>
      <Select {...control} name="caseId" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Not about a case</option>
        {options.map((c) => (
          <option key={c.id} value={c.id}>
            {c.caseNumber} · {clip(c.subject)}
          </option>
        ))}
      </Select>
      {loaded.ok ? null : <p className="text-xs text-warning">The open cases could not be loaded; you can still log this without a case.</p>}
    </>
  );
}

function CaseSelectLoading({ control, value }: { control: Control; value: string }) {
  return (
    <>
      {/* The disabled select is not submitted: the hidden field keeps the preselected case. */}
      <input type="hidden" name="caseId" value={value} />
      <Select {...control} disabled aria-busy="true">
        <option>Loading open cases…</option>
      </Select>
    </>
  );
}

/** What the consent rules will likely say, before the server says it for certain. */
function ContactHint({
  consent: given, direction, channel, purpose, openCase,
}: {
  consent: LogInteractionDialogProps["consent"];
  direction: Direction;
  channel: InteractionChannel;
  purpose: ContactPurpose;
  openCase: boolean;
}) {
  // A promise from the server is a thenable, not always an instance of this realm's Promise.
  const consent = given && "then" in given ? use(given) : given;
  if (!consent || direction === "inbound") return null;
  const decision = contactDecision({
    direction, channel, purpose, openCase,
    consent: (p, c) => {
      const status = consent[p][c].status;
      return status === "unknown" ? null : status;
    },
  });
  return decision.allowed ? (
    <p className="text-sm text-muted-foreground">
      <span aria-hidden="true">✓ </span>
      {decision.basis}
    </p>
  ) : (
    <Alert tone="warning">This contact will likely be refused. {decision.reason}</Alert>
  );
}

/**
 * The 360's "Log interaction" button: the open cases stream in as a promise (never holding up the
 * header), and the result is announced beside the button.
 */
export function LogInteractionButton({
  partyId, cases, consent,
}: {
  partyId: number;
  cases: Promise<LoadedCases>;
  consent?: Consent | null;
}) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="outline"
        size="sm"
        aria-haspopup="dialog"
        onClick={() => {
          setMessage(null);
          setOpen(true);
        }}
      >
        Log interaction
      </Button>
      <LogInteractionDialog open={open} onClose={() => setOpen(false)} onLogged={setMessage} partyId={partyId} cases={cases} consent={consent} />
      {/* Always in the page, so the message is announced when it arrives; takes no room until then. */}
      <div role="status" className={message ? "order-last basis-full text-sm text-success sm:text-right" : "sr-only"}>
        {message}
      </div>
    </>
  );
}
