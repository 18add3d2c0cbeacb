import { Card, CardContent } from "@/components/ui/card";
import { getCustomerTab } from "@/lib/dal/party-360";
import { listTimeline, timelineFrom } from "@/lib/dal/timeline";
import type { CustomerTab } from "@/lib/domain/party-360";
import { Alert } from "@/components/ui/alert";
import { parseItemKey, TIMELINE_FIRST_PAGE, type TimelineQuery } from "@/lib/domain/timeline";
import { CasesTab } from "./cases-tab";
import { FeedbackTab } from "./feedback-tab";
import { OrdersTab } from "./orders-tab";
import { PrivacyTab } from "./privacy-tab";
import { TimelineFilters, TimelineSection } from "./timeline";

type TimelinePage = Awaited<ReturnType<typeof listTimeline>>;
export type TabPanelData =
  | { tab: "timeline"; initial: TimelinePage; fromItem: boolean }
  | { tab: Exclude<CustomerTab, "timeline">; data: Awaited<ReturnType<typeof getCustomerTab>> };

/** What the panel shows for the URL: the timeline's first page (or the page around `item`), or a tab. */
export async function loadTabPanel(partyId: number, tab: CustomerTab, query: TimelineQuery, item: string | null): Promise<TabPanelData> {
  if (tab !== "timeline") return { tab, data: await getCustomerTab(partyId, tab) };
  const focus = item ? parseItemKey(item) : null;
  const fromItem = focus ? await timelineFrom(partyId, focus.kind, focus.id, query, TIMELINE_FIRST_PAGE) : null;
  return { tab, initial: fromItem ?? (await listTimeline(partyId, query, null, TIMELINE_FIRST_PAGE)), fromItem: fromItem !== null };
}

/** The timeline, or one of the four tabs, from data the page started reading (`loadTabPanel`). */
export async function TabPanel({
  partyId, panel, query, item, now,
}: { partyId: number; panel: Promise<TabPanelData>; query: TimelineQuery; item: string | null; now: number }) {
  const loaded = await panel;
  if (loaded.tab === "timeline") {
    const { initial, fromItem } = loaded;
    return (
      <Card className="p-4 sm:p-5">
        <h2 className="mb-3 text-base font-semibold">Timeline</h2>
        {item && !fromItem ? (
          <Alert tone="warning" className="mb-3">That entry is not on this customer’s timeline; showing the latest instead.</Alert>
        ) : null}
        <div className="mb-4">
          <TimelineFilters query={query} />
        </div>
        <TimelineSection partyId={partyId} initial={initial} query={query} focusKey={fromItem && item ? item : null} />
      </Card>
    );
  }
  const { data } = loaded;
  return (
    <Card>
      <CardContent className="p-4 sm:p-5">
        {data.tab === "orders" ? <OrdersTab orders={data.orders} partyId={partyId} now={now} /> : null}
        {data.tab === "feedback" ? <FeedbackTab responses={data.responses} partyId={partyId} now={now} /> : null}
        {data.tab === "cases" ? <CasesTab cases={data.cases} partyId={partyId} now={now} /> : null}
        {data.tab === "privacy" ? <PrivacyTab consent={data.consent} requests={data.requests} now={now} /> : null}
      </CardContent>
    </Card>
  );
}
