"use client";

import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";
import { Icon, type IconName } from "./icons";

const OPTIONS: ReadonlyArray<{ value: "light" | "dark" | "system"; label: string; icon: IconName }> = [
  { value: "light", label: "Light", icon: "sun" },
  { value: "dark", label: "Dark", icon: "moon" },
  { value: "system", label: "System", icon: "monitor" },
];

const noopSubscribe = () => () => {};

/** True after hydration: the stored theme is only known in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(noopSubscribe, () => true, () => false);
}

export function ThemeSwitcher() {
  const { theme, setTheme } = useTheme();
  const hydrated = useHydrated();
  return (
    <div role="group" aria-label="Theme" className="flex items-center rounded-md border bg-card p-0.5">
      {OPTIONS.map((option) => {
        const selected = hydrated && theme === option.value;
        return (
          <button
            key={option.value}
            type="button"
            title={`${option.label} theme`}
            aria-pressed={hydrated ? selected : undefined}
            onClick={() => setTheme(option.value)}
            className={cn(
              "flex size-7 items-center justify-center rounded-[0.3rem] transition-colors",
              "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
              selected ? "bg-accent text-accent-foreground" : "text-muted-foreground hover:bg-muted hover:text-foreground",
            )}
          >
            <Icon name={option.icon} />
            <span className="sr-only">{option.label} theme</span>
          </button>
        );
      })}
    </div>
  );
}
