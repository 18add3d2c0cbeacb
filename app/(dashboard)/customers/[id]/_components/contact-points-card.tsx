import type { ReactNode } from "react";
import { Icon } from "@/components/shell/icons";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { AddressPoint, ContactPointBase, PartyProfile } from "@/lib/dal/party-profile";
import { formatDate, humanize } from "@/lib/format";
import { countryName, SOCIAL_NETWORK_LABELS } from "./labels";
import { ProvenanceBadge } from "./provenance-badge";

function PrimaryMark() {
  return (
    <span title="Primary" className="mt-1 inline-flex text-warning">
      <svg viewBox="0 0 24 24" className="size-4" fill="currentColor" aria-hidden="true" focusable="false">
        <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z" />
      </svg>
      <span className="sr-only">Primary</span>
    </span>
  );
}

function VerifiedMark({ at }: { at: string }) {
  return (
    <span title={`Verified ${formatDate(at)}`} className="mt-1 inline-flex text-success">
      <Icon name="check" />
      <span className="sr-only">Verified {formatDate(at)}</span>
    </span>
  );
}

/** One contact point: the value with its marks, its label line, and where it came from. */
function PointRow({ point, tags, now, children }: { point: ContactPointBase; tags: string[]; now: number; children: ReactNode }) {
  const ended = point.validTo !== null && Date.parse(point.validTo) < now;
  return (
    <li className="flex flex-col gap-1.5 py-3 @xl:flex-row @xl:items-start @xl:justify-between @xl:gap-4">
      <div className="min-w-0">
        <div className={cn("flex min-w-0 items-start gap-1.5 font-medium", ended && "text-muted-foreground line-through")}>
          {point.isPrimary ? <PrimaryMark /> : null}
          <div className="min-w-0 break-words">{children}</div>
          {point.verifiedAt ? <VerifiedMark at={point.verifiedAt} /> : null}
        </div>
        <div className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
          {tags.join(" · ")}
          {ended && point.validTo ? <Badge>Ended {formatDate(point.validTo)}</Badge> : null}
        </div>
      </div>
      <ProvenanceBadge source={point.source} capturedAt={point.capturedAt} />
    </li>
  );
}

/** A kind of contact point under its heading; nothing when there are none. */
function Group({ id, title, children }: { id: string; title: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <div className="mt-3 first:mt-0">
      <h3 id={id} className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        {title}
      </h3>
      <ul aria-labelledby={id} className="divide-y">
        {children}
      </ul>
    </div>
  );
}

/** Street on the first line, the rest of the address on the second. */
function AddressText({ address: a }: { address: AddressPoint }) {
  const place = [[a.postalCode, a.city].filter(Boolean).join(" "), a.region, countryName(a.country)].filter(Boolean);
  return (
    <>
      <span className="block">{[a.line1, a.line2].filter(Boolean).join(", ")}</span>
      <span className="block font-normal">{place.join(", ")}</span>
    </>
  );
}

const linkClass = "rounded-sm text-primary hover:underline";

/** Every email, phone, postal address and social profile, with label, primary, verification and provenance. */
export function ContactPointsCard({ profile, now, className }: { profile: PartyProfile; now: number; className?: string }) {
  const { emails, phones, addresses, socials } = profile.contacts;
  const { masked } = profile;
  const empty = emails.length + phones.length + addresses.length + socials.length === 0;

  return (
    // A container, so rows stack in the 360's side column and sit side by side where there is room.
    <Card aria-labelledby="contact-points-title" className={cn("@container", className)}>
      <CardHeader>
        <CardTitle id="contact-points-title">Contact points</CardTitle>
        <CardDescription>
          {masked
            ? "Contact details are masked for your role."
            : "Primary first, each with the source it came from and when."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {empty ? (
          <p className="py-6 text-center text-sm text-muted-foreground">No contact points on record.</p>
        ) : (
          <>
            <Group id="emails-title" title="Emails">
              {emails.map((e) => (
                <PointRow key={e.id} point={e} now={now} tags={[humanize(e.label)]}>
                  {masked ? e.address : <a href={`mailto:${e.address}`} className={linkClass}>{e.address}</a>}
                </PointRow>
              ))}
            </Group>
            <Group id="phones-title" title="Phones">
              {phones.map((p) => (
                <PointRow key={p.id} point={p} now={now} tags={[humanize(p.label), ...(!masked && p.raw !== p.e164 ? [`entered as ${p.raw}`] : [])]}>
                  {masked ? (
                    <span className="tabular-nums">{p.e164}</span>
                  ) : (
                    <a href={`tel:${p.e164}`} className={cn(linkClass, "tabular-nums")}>{p.e164}</a>
                  )}
                </PointRow>
              ))}
            </Group>
            <Group id="addresses-title" title="Postal addresses">
              {addresses.map((a) => (
                <PointRow key={a.id} point={a} now={now} tags={[humanize(a.kind), ...(a.label !== a.kind && a.label !== "other" ? [humanize(a.label)] : [])]}>
                  <AddressText address={a} />
                </PointRow>
              ))}
            </Group>
            <Group id="socials-title" title="Social profiles">
              {socials.map((s) => (
                <PointRow key={s.id} point={s} now={now} tags={[SOCIAL_NETWORK_LABELS[s.network] ?? humanize(s.network)]}>
                  {s.url ? (
                    <a href={s.url} target="_blank" rel="noopener noreferrer" className={linkClass}>
                      @{s.handle.replace(/^@/, "")}
                      <span className="sr-only"> on {SOCIAL_NETWORK_LABELS[s.network] ?? s.network} (opens in a new tab)</span>
                    </a>
                  ) : (
                    `@${s.handle.replace(/^@/, "")}`
                  )}
                </PointRow>
              ))}
            </Group>
          </>
        )}
      </CardContent>
    </Card>
  );
}
