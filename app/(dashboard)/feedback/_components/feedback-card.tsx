import type { ReactNode } from "react";

/** A link at the foot of a card ("All comments", "Go to follow-ups"), pushed to the bottom. */
export function CardFooterLinks({ children }: { children: ReactNode }) {
  return <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-2 pt-4 text-sm">{children}</div>;
}

/** An inline text link (styled in app/globals.css: the page has a few hundred); add a weight where it should stand out. */
export const linkClasses = "cx-link";
