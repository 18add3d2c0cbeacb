"use client";

import { cn } from "@/components/ui/cn";
import type { GroupOp } from "@/lib/domain/segment-definition";
import { OP_LABELS } from "./labels";

const OPS: GroupOp[] = ["and", "or", "not"];

/**
 * "Match: All of / Any of / None of": native radios (arrow keys move between them) drawn as a
 * segmented control. `id` prefixes the radios' ids and names them as one group.
 */
export function OpControl({ id, op, onChange, caption = "Match" }: {
  id: string;
  op: GroupOp;
  onChange: (op: GroupOp) => void;
  caption?: string;
}) {
  const labelId = `${id}-label`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span id={labelId} className="text-sm font-medium">
        {caption}
      </span>
      <div role="radiogroup" aria-labelledby={labelId} className="inline-flex rounded-md border bg-muted/60 p-0.5">
        {OPS.map((value) => (
          <label
            key={value}
            htmlFor={`${id}-${value}`}
            className={cn(
              "inline-flex h-7 cursor-pointer items-center rounded px-2.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground",
              "has-checked:bg-card has-checked:text-foreground has-checked:shadow-xs",
              "has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-ring",
            )}
          >
            <input
              type="radio"
              id={`${id}-${value}`}
              name={id}
              value={value}
              checked={op === value}
              onChange={() => onChange(value)}
              className="sr-only"
            />
            {OP_LABELS[value]}
          </label>
        ))}
      </div>
    </div>
  );
}
