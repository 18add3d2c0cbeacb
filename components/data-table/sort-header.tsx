import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type SortState = "asc" | "desc" | false;

/** aria-sort for a column header: only the active sort column says which way. */
export function ariaSort(state: SortState): "ascending" | "descending" | "none" {
  return state === "asc" ? "ascending" : state === "desc" ? "descending" : "none";
}

/**
 * A sortable column header as a link to the re-sorted view, so sorting is server work and every
 * order has a URL. The <th> around it carries aria-sort.
 */
export function SortHeaderLink({ href, label, state, align = "start" }: { href: string; label: string; state: SortState; align?: "start" | "end" }) {
  return (
    <Link
      href={href}
      scroll={false}
      className={cn(
        "-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 whitespace-nowrap hover:text-foreground",
        state && "text-foreground",
        align === "end" && "flex-row-reverse",
      )}
    >
      {label}
      <svg viewBox="0 0 24 24" className={cn("size-3.5 shrink-0", !state && "opacity-40")} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d={state === "asc" ? "M12 19V5M6 11l6-6 6 6" : state === "desc" ? "M12 5v14M6 13l6 6 6-6" : "M8 9l4-4 4 4M8 15l4 4 4-4"} />
      </svg>
    </Link>
  );
}
