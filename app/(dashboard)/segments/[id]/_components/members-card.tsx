import { SectionCard } from "@/components/ui/card";
import Link from "next/link";
import { Suspense } from "react";
import { KeysetPager } from "@/components/data-table/keyset-pager";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { listSegmentMembers } from "@/lib/dal/segments";
import type { SegmentMemberRow } from "@/lib/domain/segments";
import { formatMoney, formatNumber, humanize } from "@/lib/format";
import { npsTextClass, tierTone } from "../../../customers/_lib/tones";
import { orInvalidCursor, settle } from "../../../_lib/loaded";
import { membersHref } from "./segment-data";
import { CardUnavailable, linkClass} from "./segment-card";
import { MembersSkeleton } from "./skeletons";

const PAGE_SIZE = 50;
const COLUMNS = ["Name", "Kind", "Location", "Tier", "Lifetime value", "Latest NPS"] as const;
const dash = <span className="text-muted-foreground">—</span>;

/** The segment's members, a page at a time; the cursor lives in the address. */
export function MembersCard({ id, memberCount, cursor }: { id: number; memberCount: number; cursor: string | null }) {
  return (
    <SectionCard
      id="segment-members"
      title="Members"
      description={`${formatNumber(memberCount)} ${memberCount === 1 ? "customer" : "customers"} as of the last computation.`}
    >
      {/* Keyed by the cursor: another page shows the skeleton again. */}
      <Suspense key={cursor ?? ""} fallback={<MembersSkeleton />}>
        <Members id={id} cursor={cursor} memberCount={memberCount} />
      </Suspense>
    </SectionCard>
  );
}

async function Members({ id, cursor, memberCount }: { id: number; cursor: string | null; memberCount: number }) {
  const result = await settle(orInvalidCursor(listSegmentMembers(id, cursor, PAGE_SIZE)), "the segment's members");
  if (!result.ok) return <CardUnavailable what="The members" />;
  const page = result.data;
  if (!page.ok) {
    return (
      <EmptyState
        headingLevel={3}
        title="This page link has expired or is broken"
        action={
          <Link href={membersHref(id)} className={buttonClasses("primary", "sm")}>
            Go to the first page
          </Link>
        }
      >
        The address points to a page of members that does not exist. Start again from the first page.
      </EmptyState>
    );
  }
  if (page.items.length === 0) {
    return cursor ? (
      <EmptyState
        headingLevel={3}
        title="No more members"
        action={
          <Link href={membersHref(id)} className={buttonClasses("outline", "sm")}>
            First page
          </Link>
        }
      >
        You have reached the end of the list.
      </EmptyState>
    ) : (
      <EmptyState headingLevel={3} title="No members">
        Nobody is in this segment at the moment.
      </EmptyState>
    );
  }
  const next = page.nextCursor ? membersHref(id, page.nextCursor) : null;
  return (
    <>
      <Table label="Segment members">
        <THead>
          <tr>
            {COLUMNS.map((c) => (
              <TH key={c} className={c === "Lifetime value" || c === "Latest NPS" ? "text-right" : undefined}>
                {c}
              </TH>
            ))}
          </tr>
        </THead>
        <TBody>
          {page.items.map((m) => (
            <MemberRow key={m.id} member={m} />
          ))}
        </TBody>
      </Table>
      <KeysetPager
        label="Member pages"
        firstHref={membersHref(id)}
        currentHref={membersHref(id, cursor)}
        nextHref={next}
        onFirstPage={cursor === null}
        summary={`Showing ${formatNumber(page.items.length)} on this page · ${formatNumber(memberCount)} in all${next ? "" : " · end of list"}`}
      />
    </>
  );
}

function MemberRow({ member: m }: { member: SegmentMemberRow }) {
  const place = [m.city, m.country].filter(Boolean).join(", ");
  return (
    <TR>
      <TD className="max-w-64 min-w-40">
        <Link href={`/customers/${m.id}`} className={`${linkClass} block truncate font-medium`} title={m.name}>
          {m.name}
        </Link>
      </TD>
      <TD className="whitespace-nowrap">{humanize(m.kind)}</TD>
      <TD className="max-w-52">{place ? <span className="block truncate" title={place}>{place}</span> : dash}</TD>
      <TD>{m.tier ? <Badge tone={tierTone(m.tier)}>{humanize(m.tier)}</Badge> : dash}</TD>
      <TD className="text-right whitespace-nowrap tabular-nums">{formatMoney(m.lifetimeValueMinor, "USD")}</TD>
      <TD className="text-right tabular-nums">
        {m.latestNps === null ? dash : <span className={`font-medium ${npsTextClass(m.latestNps)}`}>{m.latestNps}</span>}
      </TD>
    </TR>
  );
}
