import { cn } from "@/components/ui/cn";
import { TIMELINE_GROUPS, type TimelineKind } from "@/lib/domain/timeline";
import { GROUP_DOT_CLASSES, type TimelineGroup } from "./kind-style";
import { groupPressed } from "./links";

/**
 * One toggle per group of kinds. "mixed" when a link chose only some of a group's kinds; pressing
 * it then chooses the whole group.
 */
export function TypeToggles({ kinds, onToggle }: { kinds: TimelineKind[] | null; onToggle: (group: TimelineGroup) => void }) {
  return (
    <div role="group" aria-label="Entry types" className="flex flex-wrap gap-1.5">
      {TIMELINE_GROUPS.map((group) => {
        const pressed = groupPressed(kinds, group);
        return (
          <button
            key={group.key}
            type="button"
            aria-pressed={pressed}
            onClick={() => onToggle(group)}
            className={cn(
              "inline-flex h-7 items-center gap-1.5 rounded-full border px-2.5 text-xs font-medium whitespace-nowrap transition-colors",
              pressed === false
                ? "border-input bg-card text-muted-foreground hover:bg-muted hover:text-foreground"
                : "border-primary/40 bg-accent text-accent-foreground hover:bg-accent/80",
              pressed === "mixed" && "border-dashed",
            )}
          >
            <span aria-hidden="true" className={cn("size-2 rounded-full", GROUP_DOT_CLASSES[group.key])} />
            {group.label}
          </button>
        );
      })}
    </div>
  );
}
