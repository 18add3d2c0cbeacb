import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { directoryHref, type DirectoryQuery } from "@/lib/domain/directory";
import { describeFilters } from "../_lib/labels";

/** One removable chip per active filter; each is a link to the same view without it. */
export function FilterChips({ query }: { query: DirectoryQuery }) {
  const active = describeFilters(query.filters);
  if (active.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Active filters</h2>
      <ul className="flex flex-wrap gap-2">
        {active.map(({ key, text }) => {
          const { [key]: _removed, ...rest } = query.filters;
          return (
            <li key={key}>
              <Link
                href={directoryHref({ ...query, filters: rest })}
                className="inline-flex items-center gap-1.5 rounded-full border bg-card py-0.5 pr-2 pl-3 text-xs font-medium hover:bg-muted"
              >
                <span className="sr-only">Remove filter </span>
                {text}
                <span aria-hidden="true" className="text-muted-foreground">
                  ×
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <Link href={directoryHref({ ...query, filters: {} })} className={buttonClasses("ghost", "xs")}>
        Clear all
      </Link>
    </div>
  );
}
