import type { Metadata } from "next";
import { isAppError } from "@/lib/domain/errors";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ShortcutHelp, type Shortcut } from "@/components/ui/shortcuts";
import { CardSkeleton } from "@/components/ui/skeleton";
import { getCaseDetail, listAssignableStaff, nextCaseInQueue, type CaseDetail } from "@/lib/dal/cases";
import { requirePageUser } from "@/lib/dal/guards";
import { getPartyProfile } from "@/lib/dal/party-profile";
import { CASE_NUMBER_RE, caseQueueSearchParams, isOpenStatus, parseCaseQueueParams, type CaseQueueQuery } from "@/lib/domain/cases";
import { can } from "@/lib/domain/permissions";
import { requestTime } from "../../_lib/request-time";
import { ProfileHeader } from "../../customers/[id]/_components/profile-header";
import { CaseActivity } from "./_components/case-activity";
import { CaseSummary } from "./_components/case-summary";
import { CaseThread } from "./_components/case-thread";
import { CaseWorkspace, type WorkspaceCase } from "./_components/case-workspace";
import { NextCaseLink } from "./_components/next-case-link";
import { loadConsent, loadOpenCases } from "./_lib/queries";

interface Props {
  params: Promise<{ number: string }>;
  // `queue` is the queue's own query string, URL-encoded, so "← Cases" and "Next case" keep its filters.
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  if (!CASE_NUMBER_RE.test(number)) return { title: "Case not found" };
  try {
    // Cached per request: the page's own read reuses this one.
    const detail = await getCaseDetail(number);
    return { title: detail ? `${detail.subject} · ${number}` : "Case not found" };
  } catch (error) {
    if (isAppError(error)) return { title: number };
    throw error;
  }
}

export default async function CasePage({ params, searchParams }: Props) {
  const user = await requirePageUser("case:read");
  const { number } = await params;
  if (!CASE_NUMBER_RE.test(number)) notFound();
  const canWrite = can(user.role, "case:write");
  const canLog = can(user.role, "interaction:write");
  const [detail, staff] = await Promise.all([getCaseDetail(number), canWrite ? listAssignableStaff() : []]);
  if (!detail) notFound();

  const raw = (await searchParams).queue;
  const { query, cursor } = parseCaseQueueParams(Object.fromEntries(new URLSearchParams(typeof raw === "string" ? raw : "")));
  // Re-serialised from the parsed query, so only allow-listed values travel on in links.
  const queue = caseQueueSearchParams(query, cursor).toString();
  const now = requestTime();
  const open = isOpenStatus(detail.status);

  const shortcuts: Shortcut[] = [{ keys: "n", label: "Next case" }];
  if (canWrite) {
    if (canLog) shortcuts.push({ keys: "l", label: "Log a call" });
    shortcuts.push(open ? { keys: "r", label: "Resolve the case" } : { keys: "o", label: "Reopen the case" });
    shortcuts.push({ keys: "e", label: "Write an internal note" });
  }

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <nav aria-label="Case queue" className="flex flex-1 flex-wrap items-center justify-between gap-2">
          <Link href={queue ? `/cases?${queue}` : "/cases"} className={buttonClasses("ghost", "sm", "-ml-3")}>
            <span aria-hidden="true">←</span> Cases
          </Link>
          <Suspense fallback={null}>
            <NextCase query={query} caseId={detail.id} queue={queue} />
          </Suspense>
        </nav>
        <ShortcutHelp shortcuts={shortcuts} />
      </div>

      {/* The actions come second in reading order (and on narrow screens), beside the case on wide ones. */}
      <div className="grid gap-4 lg:grid-cols-3 lg:items-start [&>*]:min-w-0">
        <div className="lg:col-span-2">
          <CaseSummary detail={detail} now={now} />
        </div>
        <aside aria-label="Case actions" className="lg:col-start-3 lg:row-span-2 lg:row-start-1">
          {canWrite ? (
            <CaseWorkspace
              detail={pickWorkspaceCase(detail)}
              staff={staff}
              log={canLog ? { openCases: loadOpenCases(detail.partyId), consent: loadConsent(detail.partyId) } : null}
            />
          ) : (
            <Card className="p-4 text-sm text-muted-foreground">Your role can read this case but not change it.</Card>
          )}
        </aside>
        <div className="space-y-4 lg:col-span-2">
          <Suspense fallback={<CardSkeleton className="h-72" label="Loading customer" />}>
            <Customer partyId={detail.partyId} now={now} />
          </Suspense>
          <CaseThread items={detail.thread} now={now} />
          <CaseActivity events={detail.events} now={now} />
        </div>
      </div>
    </>
  );
}

/** Only what the client needs: the thread and events stay on the server. */
function pickWorkspaceCase(d: CaseDetail): WorkspaceCase {
  return {
    id: d.id, partyId: d.partyId, caseNumber: d.caseNumber, status: d.status, priority: d.priority,
    assignee: d.assignee, channel: d.channel, version: d.version, resolutionCode: d.resolutionCode,
  };
}

async function NextCase({ query, caseId, queue }: { query: CaseQueueQuery; caseId: number; queue: string }) {
  const next = await nextCaseInQueue(query, caseId);
  if (!next) return <span className="text-sm text-muted-foreground">Last case in this queue</span>;
  const href = `/cases/${encodeURIComponent(next)}${queue ? `?queue=${encodeURIComponent(queue)}` : ""}`;
  return <NextCaseLink href={href} caseNumber={next} />;
}

/** The customer's header (badges, key figures, may-we-contact), streamed: the case does not wait for it. */
async function Customer({ partyId, now }: { partyId: number; now: number }) {
  const result = await getPartyProfile(partyId);
  if (!result) return <Alert tone="warning">The customer on this case could not be found.</Alert>;
  if (result.status === "merged") {
    return (
      <Alert>
        This case’s customer was merged into{" "}
        <Link href={`/customers/${result.mergedIntoId}`} className="font-medium underline">
          customer #{result.mergedIntoId}
        </Link>
        .
      </Alert>
    );
  }
  return (
    <ProfileHeader
      profile={result.profile}
      now={now}
      headingLevel={2}
      actions={
        <Link href={`/customers/${partyId}`} className={buttonClasses("outline", "sm")}>
          Open 360<span className="sr-only"> of {result.profile.party.displayName}</span> <span aria-hidden="true">→</span>
        </Link>
      }
    />
  );
}
