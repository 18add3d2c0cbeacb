import Form from "next/form";
import { buttonClasses } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { Popover } from "@/components/ui/popover";
import {
  comparisonRange, COMPARES, daySpan, FEEDBACK_KINDS, feedbackViewParams, GRAINS, isoDay, KIND_LABELS, MAX_RANGE_DAYS, RANGE_LABELS, RANGES,
  type Compare, type FeedbackView, type Grain,
} from "@/lib/domain/feedback";
import { formatNumber } from "@/lib/format";
import { rangeText } from "../_lib/format";
import { feedbackHref, hiddenFields, MAX_DAILY_DAYS, rangeHref, viewKey } from "../_lib/view";
import { SegmentedLinks, ToolbarGroup } from "./segmented-links";

const GRAIN_LABELS: Record<Grain, string> = { day: "Day", week: "Week", month: "Month" };
const COMPARE_PRESETS = COMPARES.filter((c): c is Exclude<Compare, "custom"> => c !== "custom");
const COMPARE_LABELS: Record<Exclude<Compare, "custom">, string> = { previous: "Previous period", year: "Last year", none: "None" };

/** NPS / CSAT / CES: which survey the whole page is about. */
export function KindTabs({ view }: { view: FeedbackView }) {
  return (
    <nav aria-label="Survey">
      <SegmentedLinks
        size="md"
        items={FEEDBACK_KINDS.map((kind) => ({ key: kind, label: KIND_LABELS[kind], href: feedbackHref(view, { kind }), current: kind === view.kind }))}
      />
    </nav>
  );
}

/** Dates as a GET form: the other choices ride along as hidden fields, so Apply changes only the dates. */
function CustomRange({ view }: { view: FeedbackView }) {
  const keep = hiddenFields(feedbackViewParams(view), ["range", "from", "to", ...(view.grain === "day" ? ["grain"] : [])]);
  return (
    // Keyed by the view: after Apply (a new URL) the panel closes.
    <Popover key={viewKey(view)} label={view.range ? "Custom dates" : rangeText(view)} panelLabel="Custom date range">
      <Form action="/feedback" scroll={false} className="space-y-3 p-1">
        {keep.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="grid gap-2">
          <div className="space-y-1">
            <Label htmlFor="feedback-range-from">From</Label>
            <Input id="feedback-range-from" type="date" name="from" defaultValue={view.from} max={isoDay(new Date())} required />
          </div>
          <div className="space-y-1">
            <Label htmlFor="feedback-range-to">To</Label>
            <Input id="feedback-range-to" type="date" name="to" defaultValue={view.to} max={isoDay(new Date())} required />
          </div>
        </div>
        <p className="text-xs text-muted-foreground">
          Both days included, up to {formatNumber(MAX_RANGE_DAYS)} days. Past {MAX_DAILY_DAYS} days the trend shows weeks or months.
        </p>
        <button type="submit" className={buttonClasses("primary", "sm", "w-full")}>
          Apply dates
        </button>
      </Form>
    </Popover>
  );
}

/** A period of one's own to compare with, as a GET form like the custom dates. */
function CustomComparison({ view }: { view: FeedbackView }) {
  const keep = hiddenFields(feedbackViewParams(view), ["compare", "cfrom", "cto"]);
  const current = view.compare === "custom" && view.compareRange ? view.compareRange : comparisonRange({ ...view, compare: "previous" });
  return (
    <Popover
      key={`compare-${viewKey(view)}`}
      label={view.compare === "custom" && view.compareRange ? rangeText(view.compareRange) : "Other period"}
      panelLabel="Compare with a period of your own"
    >
      <Form action="/feedback" scroll={false} className="space-y-3 p-1">
        {keep.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="compare" value="custom" />
        <div className="grid gap-2">
          <div className="space-y-1">
            <Label htmlFor="feedback-compare-from">From</Label>
            <Input id="feedback-compare-from" type="date" name="cfrom" defaultValue={current?.from} max={isoDay(new Date())} required />
          </div>
          <div className="space-y-1">
            <Label htmlFor="feedback-compare-to">To</Label>
            <Input id="feedback-compare-to" type="date" name="cto" defaultValue={current?.to} max={isoDay(new Date())} required />
          </div>
        </div>
        <p className="text-xs text-muted-foreground">Both days included. The periods may differ in length; each keeps its own margin.</p>
        <button type="submit" className={buttonClasses("primary", "sm", "w-full")}>
          Compare
        </button>
      </Form>
    </Popover>
  );
}

/**
 * The view's dates, trend grain and comparison. Every choice is a link or a GET form, so the
 * URL holds the whole view and back and forward step through it.
 */
export function FeedbackToolbar({ view }: { view: FeedbackView }) {
  const days = daySpan(view.from, view.to);
  return (
    <div role="group" aria-label="Dates and comparison" className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <ToolbarGroup id="feedback-range-label" label="Dates">
        <SegmentedLinks
          labelledBy="feedback-range-label"
          items={RANGES.map((range) => ({ key: range, label: RANGE_LABELS[range], href: rangeHref(view, range), current: view.range === range }))}
        />
        <CustomRange view={view} />
      </ToolbarGroup>
      <ToolbarGroup id="feedback-grain-label" label="Trend by">
        <SegmentedLinks
          labelledBy="feedback-grain-label"
          items={GRAINS.map((grain) => ({
            key: grain,
            label: GRAIN_LABELS[grain],
            href: feedbackHref(view, { grain, autoGrain: false }),
            current: view.grain === grain,
            ...(grain === "day" && days > MAX_DAILY_DAYS ? { disabledReason: `days are shown for ranges up to ${MAX_DAILY_DAYS} days` } : {}),
          }))}
        />
      </ToolbarGroup>
      <ToolbarGroup id="feedback-compare-label" label="Compare with">
        <SegmentedLinks
          labelledBy="feedback-compare-label"
          items={COMPARE_PRESETS.map((compare) => ({
            key: compare, label: COMPARE_LABELS[compare], href: feedbackHref(view, { compare, compareRange: null }), current: view.compare === compare,
          }))}
        />
        <CustomComparison view={view} />
      </ToolbarGroup>
    </div>
  );
}
