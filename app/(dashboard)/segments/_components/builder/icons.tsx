import type { ComponentProps } from "react";

// The builder's line icons, drawn inline like the shell's. Decorative: buttons carry the names.
const PATHS = {
  up: "M12 19V5M6 11l6-6 6 6",
  down: "M12 5v14M6 13l6 6 6-6",
  indent: "M4 6h16M10 12h10M10 18h10M4 10l3 2-3 2",
  outdent: "M4 6h16M10 12h10M10 18h10M7 10l-3 2 3 2",
  remove: "M6 6l12 12M18 6L6 18",
  plus: "M12 5v14M5 12h14",
  group: "M4 5h6M4 5v14h6M20 5h-6M20 5v14h-6",
  grip: "M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01",
  search: "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14M20 20l-4-4",
} as const;

export type BuilderIconName = keyof typeof PATHS;

export function BuilderIcon({ name, className = "size-4", ...props }: { name: BuilderIconName } & ComponentProps<"svg">) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={name === "grip" ? 3 : 1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      {...props}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
