import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { PartyProfile } from "@/lib/dal/party-profile";
import { formatDate, formatNumber, humanize } from "@/lib/format";
import { countryName, RELATIONSHIP_ROLE_LABELS, TIER_TONES } from "./labels";
import { ProvenanceBadge } from "./provenance-badge";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="border-t pt-4 first:border-t-0 first:pt-0">
      <h3 id={id} className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        {title}
      </h3>
      <div className="mt-2 text-sm">{children}</div>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_minmax(0,1fr)] gap-2 py-1">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const none = (text: string) => <p className="text-muted-foreground">{text}</p>;

/** Identity, location, loyalty, related parties and ids in other systems. */
export function ProfileCard({ profile, className }: { profile: PartyProfile; className?: string }) {
  const { party, loyalty, relationships, externalIds } = profile;
  const fullName = [party.givenName, party.familyName].filter(Boolean).join(" ");

  return (
    <Card aria-labelledby="profile-title" className={className}>
      <CardHeader>
        <CardTitle id="profile-title">Profile</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <Section id="profile-details" title="Details">
          <dl>
            {party.organizationName ? <Row label="Organization">{party.organizationName}</Row> : null}
            {fullName ? <Row label="Name">{fullName}</Row> : null}
            <Row label="Location">
              {[party.city, party.region, party.postalCode, party.country ? countryName(party.country) : null].filter(Boolean).join(", ") || "—"}
            </Row>
            <Row label="Time zone">{party.timeZone ?? "—"}</Row>
            <Row label="Record source">{party.source ? <ProvenanceBadge source={party.source} capturedAt={party.createdAt} align="start" /> : "—"}</Row>
          </dl>
        </Section>

        <Section id="profile-loyalty" title="Loyalty">
          {loyalty ? (
            <dl>
              <Row label="Program">{loyalty.program}</Row>
              <Row label="Tier">
                <Badge tone={TIER_TONES[loyalty.tier]}>{humanize(loyalty.tier)}</Badge>
                <span className="ml-1.5 text-xs text-muted-foreground">since {formatDate(loyalty.tierSince)}</span>
              </Row>
              <Row label="Points">
                <span className="tabular-nums">{formatNumber(loyalty.points)}</span>
              </Row>
              <Row label="Member number">{loyalty.memberNumber}</Row>
              <Row label="Member since">{formatDate(loyalty.joinedAt)}</Row>
            </dl>
          ) : (
            none("Not a loyalty member.")
          )}
        </Section>

        <Section id="profile-relationships" title="Relationships">
          {relationships.items.length === 0 ? (
            none("No known relationships.")
          ) : (
            <>
              <ul aria-labelledby="profile-relationships" className="space-y-2">
                {relationships.items.map((r) => (
                  <li key={r.relationshipId} className="min-w-0">
                    <Link href={`/customers/${r.party.id}`} className="rounded-sm font-medium break-words text-primary hover:underline">
                      {r.party.displayName}
                    </Link>
                    <p className="text-xs text-muted-foreground">
                      {[
                        r.party.status === "active" ? null : humanize(r.party.status),
                        r.endedAt ? `Former ${RELATIONSHIP_ROLE_LABELS[r.role].toLowerCase()}` : RELATIONSHIP_ROLE_LABELS[r.role],
                        r.title,
                        r.startedAt ? `${r.endedAt ? "" : "since "}${formatDate(r.startedAt)}${r.endedAt ? ` – ${formatDate(r.endedAt)}` : ""}` : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </li>
                ))}
              </ul>
              {relationships.total > relationships.items.length ? (
                <p className="mt-2 text-xs text-muted-foreground">
                  Showing {formatNumber(relationships.items.length)} of {formatNumber(relationships.total)}.
                </p>
              ) : null}
            </>
          )}
        </Section>

        <Section id="profile-external-ids" title="External IDs">
          {externalIds.length === 0 ? (
            none("No ids in other systems.")
          ) : (
            <dl>
              {externalIds.map((x) => (
                <Row key={x.id} label={x.system}>
                  <span className="font-mono text-xs" title={`From ${x.source.name}, recorded ${formatDate(x.createdAt)}`}>
                    {x.value}
                  </span>
                </Row>
              ))}
            </dl>
          )}
        </Section>
      </CardContent>
    </Card>
  );
}
