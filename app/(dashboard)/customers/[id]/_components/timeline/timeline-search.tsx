"use client";

import { useId, useState } from "react";
import { Icon } from "@/components/shell/icons";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { fieldClasses, Label } from "@/components/ui/input";
import { TIMELINE_SEARCH_MAX } from "@/lib/domain/timeline";

/** Words to find in the timeline; searches on Enter. `value` is the search in the URL. */
export function TimelineSearch({ value, onSearch }: { value: string | null; onSearch: (q: string | null) => void }) {
  const id = useId();
  const [text, setText] = useState(value ?? "");
  // Follow the URL when it changes from elsewhere (Clear filters, back button); adjusting state
  // during render keeps the input mounted, so focus stays in it after Enter.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value ?? "");
  }

  const submit = (raw: string) => {
    const q = raw.replace(/\s+/g, " ").trim() || null;
    if (q !== value) onSearch(q);
  };

  return (
    <form
      role="search"
      className="relative min-w-0 flex-1 basis-56"
      onSubmit={(event) => {
        event.preventDefault();
        submit(text);
      }}
    >
      <Label htmlFor={id} className="sr-only">
        Search this timeline
      </Label>
      <Icon name="search" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
      <input
        id={id}
        type="search"
        name="tq"
        value={text}
        maxLength={TIMELINE_SEARCH_MAX}
        enterKeyHint="search"
        placeholder="Search this timeline"
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && text) {
            event.preventDefault();
            setText("");
          }
        }}
        className={cn(fieldClasses, "h-8 pr-8 pl-8 [&::-webkit-search-cancel-button]:appearance-none")}
      />
      {text || value ? (
        <Button
          variant="ghost"
          size="icon-sm"
          className="absolute top-1/2 right-0.5 size-7 -translate-y-1/2 text-muted-foreground"
          onClick={() => {
            setText("");
            if (value) onSearch(null);
          }}
        >
          <Icon name="close" className="size-3.5" />
          <span className="sr-only">Clear search</span>
        </Button>
      ) : null}
    </form>
  );
}
