import Link from "next/link";
import { cn } from "@/components/ui/cn";

const SECTIONS = [
  { id: "queue", href: "/cases", label: "Queue" },
  { id: "follow-ups", href: "/cases/follow-ups", label: "Detractor follow-ups" },
] as const;

/** The support workspace's sections, as links so each has its own URL. */
export function CasesSectionTabs({ active }: { active: "queue" | "follow-ups" }) {
  // The baseline is an inset shadow, so the active underline sits on it without overflowing.
  return (
    <nav aria-label="Support sections" className="mb-5 overflow-x-auto shadow-[inset_0_-1px_0_var(--color-border)]">
      <ul className="flex min-w-max gap-1">
        {SECTIONS.map((section) => {
          const current = section.id === active;
          return (
            <li key={section.id}>
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "flex items-center border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap transition-colors",
                  "rounded-t-md focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring",
                  current
                    ? "border-primary text-foreground"
                    : "border-transparent text-muted-foreground hover:border-border hover:text-foreground",
                )}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
