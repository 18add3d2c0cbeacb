"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useOptimistic, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { TIMELINE_CHANNEL_LABELS, TIMELINE_CHANNELS, type TimelineChannel, type TimelineQuery } from "@/lib/domain/timeline";
import { filtersHref, isFiltered, NO_FILTERS, toggleGroup } from "./links";
import { setTimelinePending } from "./pending-store";
import { TimelineSearch } from "./timeline-search";
import { TypeToggles } from "./type-toggles";

const ALL = "";
const SEVERAL = "several";

const isChannel = (value: string): value is TimelineChannel => (TIMELINE_CHANNELS as readonly string[]).includes(value);

/**
 * The timeline's filters: types, channel and words. Each change is a new URL (keeping `tab`,
 * dropping `item` and `cursor`); the server renders the first page for it. The toolbar shows the
 * new choice at once and the list is dimmed until the page arrives.
 */
export function TimelineFilters({ query }: { query: TimelineQuery }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(query);
  const channelId = useId();

  // Tell the list (a sibling) that it is out of date; an external store, so an effect is the place.
  useEffect(() => setTimelinePending(pending), [pending]);
  useEffect(() => () => setTimelinePending(false), []);

  const apply = (next: TimelineQuery) => {
    startTransition(() => {
      setShown(next);
      router.push(filtersHref(pathname, searchParams, next), { scroll: false });
    });
  };

  const channels = shown.channels ?? [];
  const channelValue = channels.length === 0 ? ALL : channels.length === 1 ? (channels[0] ?? ALL) : SEVERAL;

  return (
    <div role="group" aria-label="Timeline filters" aria-busy={pending || undefined} className="mb-4 space-y-3">
      <TypeToggles kinds={shown.kinds} onToggle={(group) => apply({ ...shown, kinds: toggleGroup(shown.kinds, group) })} />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex items-center gap-2">
          <Label htmlFor={channelId} className="font-normal text-muted-foreground">
            Channel
          </Label>
          <Select
            id={channelId}
            controlSize="sm"
            className="w-auto"
            value={channelValue}
            onChange={(event) => {
              const value = event.target.value;
              apply({ ...shown, channels: isChannel(value) ? [value] : null });
            }}
          >
            <option value={ALL}>All channels</option>
            {channels.length > 1 ? (
              <option value={SEVERAL} disabled>
                {channels.map((c) => TIMELINE_CHANNEL_LABELS[c]).join(", ")}
              </option>
            ) : null}
            {TIMELINE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {TIMELINE_CHANNEL_LABELS[c]}
              </option>
            ))}
          </Select>
        </div>
        <TimelineSearch value={shown.q} onSearch={(q) => apply({ ...shown, q })} />
        {isFiltered(shown) ? (
          <Button variant="ghost" size="sm" onClick={() => apply(NO_FILTERS)}>
            Clear filters
          </Button>
        ) : null}
        <p role="status" className="text-xs text-muted-foreground">
          {pending ? "Updating…" : ""}
        </p>
      </div>
    </div>
  );
}
