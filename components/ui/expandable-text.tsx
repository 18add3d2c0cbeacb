"use client";

import { useId, useState } from "react";
import { cn } from "@/components/ui/cn";

// Beyond about three lines at the column's width; a guess by length, so no layout is measured.
const LONG = 160;

/**
 * A comment or note, as text (React escapes it), clamped to three lines with a toggle when it is
 * long. The full text is always in the page, so search and screen readers get all of it.
 */
export function ExpandableText({
  text,
  what,
  className,
}: {
  text: string;
  /** What the text is, for the toggle's name: "Show all of the comment". */
  what: string;
  className?: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const long = text.length > LONG;
  return (
    <div className={className}>
      <p id={id} className={cn("break-words whitespace-pre-line", long && !expanded && "line-clamp-3")}>
        {text}
      </p>
      {long ? (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((e) => !e)}
          // The focus ring is the global :focus-visible one (app/globals.css).
          className="mt-1 rounded-sm text-xs font-medium text-primary hover:underline"
        >
          {expanded ? "Show less" : "Show all"}
          <span className="sr-only"> of the {what}</span>
        </button>
      ) : null}
    </div>
  );
}
