import { Badge } from "@/components/ui/badge";
import {
  CONSENT_CHANNELS_SHOWN, CONSENT_PURPOSES_SHOWN, type ConsentState, type PartyProfile,
} from "@/lib/dal/party-profile";
import { formatDate, humanize } from "@/lib/format";
import { CHANNEL_LABELS, CONSENT_TONES } from "./labels";

const GLYPHS: Record<ConsentState, string> = { granted: "✓", denied: "✕", withdrawn: "✕", unknown: "?" };

/** "May we contact?" per purpose and channel, from the current state of the consent ledger. */
export function ConsentSummary({ consent }: { consent: PartyProfile["consent"] }) {
  return (
    <section aria-labelledby="consent-title">
      <h2 id="consent-title" className="text-sm font-semibold">
        May we contact?
      </h2>
      <dl className="mt-2 grid gap-2 sm:grid-cols-2">
        {CONSENT_PURPOSES_SHOWN.map((purpose) => (
          <div key={purpose} className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
            <dt className="w-20 text-xs font-medium text-muted-foreground">{humanize(purpose)}</dt>
            <dd>
              <ul aria-label={`${humanize(purpose)} consent`} className="flex flex-wrap gap-1.5">
                {CONSENT_CHANNELS_SHOWN.map((channel) => {
                  const { status, since } = consent[purpose][channel];
                  const detail = status === "unknown" ? "no consent on record" : `${status}${since ? ` since ${formatDate(since)}` : ""}`;
                  return (
                    <li key={channel}>
                      <Badge tone={CONSENT_TONES[status]} title={`${humanize(purpose)} by ${CHANNEL_LABELS[channel]}: ${detail}`} className="gap-1">
                        <span aria-hidden="true">{GLYPHS[status]}</span>
                        {CHANNEL_LABELS[channel]}
                        <span className="sr-only">: {detail}</span>
                      </Badge>
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
