import Link from "next/link";
import { RemovableChips } from "@/components/ui/removable-chips";
import { buttonClasses } from "@/components/ui/button";
import { segmentNames } from "@/lib/dal/feedback";
import { DIMENSIONS, type FeedbackView } from "@/lib/domain/feedback";
import { filterText } from "../_lib/format";
import { feedbackHref, removeFilterHref } from "../_lib/view";

/**
 * One removable chip per filter, each a link to the same view without it. Filters are added from
 * the breakdown ("Filter" on a row); with none, a line says so.
 */
export async function FilterChips({ view }: { view: FeedbackView }) {
  const active = DIMENSIONS.flatMap((dim) => {
    const value = view.filters[dim];
    return value === undefined ? [] : [{ dim, value }];
  });
  // A segment is only a number in the URL; its chip says its name.
  const names = view.filters.segment ? await segmentNames([view.filters.segment]) : new Map<string, string>();
  const text = (dim: (typeof active)[number]["dim"], value: string) =>
    dim === "segment" && names.has(value) ? `Segment: ${names.get(value)}` : filterText(dim, value);
  if (active.length === 0) {
    return <p className="text-xs text-muted-foreground">All customers. Use “Filter” in the breakdown to narrow the page to one group.</p>;
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="text-xs font-medium text-muted-foreground">Filtered to</h2>
      <RemovableChips verb="Remove filter" chips={active.map(({ dim, value }) => ({ key: dim, text: text(dim, value), href: removeFilterHref(view, dim) }))} />
      {active.length > 1 ? (
        <Link href={feedbackHref(view, { filters: {} })} scroll={false} className={buttonClasses("ghost", "xs")}>
          Clear filters
        </Link>
      ) : null}
    </div>
  );
}
