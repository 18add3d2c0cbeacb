import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "./button";

/**
 * Keyset paging links: back to the first page, and on to the next cursor. Links, not buttons, so
 * every page has a URL that can be shared and reloaded. `previous` is an optional control placed
 * before them (keyset lists have no link to the page before); `onNext` runs when Next is followed.
 */
export function Pager({
  label,
  firstHref,
  nextHref,
  onFirstPage,
  nextLabel = "Next page",
  firstLabel = "First page",
  summary,
  previous,
  onNext,
}: {
  label: string;
  firstHref: string;
  nextHref: string | null;
  onFirstPage: boolean;
  nextLabel?: string;
  firstLabel?: string;
  summary?: string;
  previous?: ReactNode;
  onNext?: () => void;
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
        {previous}
        {nextHref ? (
          <Link href={nextHref} onClick={onNext} className={buttonClasses("outline", "sm")}>
            {nextLabel}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
