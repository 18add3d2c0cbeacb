import Link from "next/link";
import { buttonClasses } from "./button";

/**
 * Keyset paging links: back to the first page, and on to the next cursor. Links, not buttons, so
 * every page has a URL that can be shared and reloaded.
 */
export function Pager({
  label,
  firstHref,
  nextHref,
  onFirstPage,
  nextLabel = "Next page",
  firstLabel = "First page",
  summary,
}: {
  label: string;
  firstHref: string;
  nextHref: string | null;
  onFirstPage: boolean;
  nextLabel?: string;
  firstLabel?: string;
  summary?: string;
}) {
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted-foreground">{summary}</p>
      <div className="flex gap-2">
        {onFirstPage ? null : (
          <Link href={firstHref} className={buttonClasses("outline", "sm")}>
            {firstLabel}
          </Link>
        )}
        {nextHref ? (
          <Link href={nextHref} className={buttonClasses("outline", "sm")}>
            {nextLabel}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
