import Link from "next/link";

export interface RemovableChip {
  key: string;
  text: string;
  /** The same page without this condition. */
  href: string;
}

/**
 * The conditions a list is narrowed by, each a chip that links to the list without it. `verb`
 * is what a screen reader hears before the chip's text ("Remove filter Tier: Gold").
 */
export function RemovableChips({ chips, verb }: { chips: readonly RemovableChip[]; verb: string }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            href={chip.href}
            scroll={false}
            className="inline-flex items-center gap-1.5 rounded-full border bg-card py-0.5 pr-2 pl-3 text-xs font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring"
          >
            <span className="sr-only">{verb} </span>
            {chip.text}
            <span aria-hidden="true" className="text-muted-foreground">
              ×
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
