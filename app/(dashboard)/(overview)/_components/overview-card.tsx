import Link from "next/link";
import type { ReactNode } from "react";
import { Icon } from "@/components/shell/icons";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ARROWS, DIRECTION_WORDS, type Direction } from "./overview-text";

/**
 * The frame every overview card shares: a titled region, the period it covers (so no figure is
 * ambiguous), the content, and a link to the page behind it pinned to the bottom so the links
 * line up across a row.
 */
export function OverviewCard({
  id,
  title,
  period,
  href,
  linkLabel,
  className,
  children,
}: {
  /** Unique on the page; names the region through its heading. */
  id: string;
  title: string;
  period: ReactNode;
  href: string;
  linkLabel: string;
  className?: string;
  children: ReactNode;
}) {
  const titleId = `${id}-title`;
  return (
    <Card aria-labelledby={titleId} className={cn("flex h-full flex-col", className)}>
      <CardHeader>
        <CardTitle id={titleId}>{title}</CardTitle>
        <CardDescription>{period}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-1 flex-col">
        <div className="flex-1">{children}</div>
        <Link
          href={href}
          className="mt-4 inline-flex items-center gap-1 self-start rounded-sm text-sm font-medium text-primary hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        >
          {linkLabel}
          <Icon name="arrowRight" className="size-3.5" />
        </Link>
      </CardContent>
    </Card>
  );
}

/** A card whose read failed: said plainly, never shown as zero or empty. */
export function CardUnavailable({ what }: { what: string }) {
  return (
    <p className="py-8 text-center text-sm text-muted-foreground">
      {what} could not be loaded. Reload the page to try again.
    </p>
  );
}

export type ChangeTone = "better" | "worse" | "neutral";

const CHANGE_TONES: Record<ChangeTone, string> = {
  better: "text-success",
  worse: "text-danger",
  neutral: "text-muted-foreground",
};

/**
 * "▲ 4.2 vs previous 30 days · significant". The arrow is decoration; a screen reader hears
 * "Up" or "Down" instead, and the colour only repeats what the words say.
 */
export function ChangeLine({ dir, amount, tone = "neutral", children }: { dir: Direction; amount: string; tone?: ChangeTone; children: ReactNode }) {
  return (
    <p className={cn("text-sm tabular-nums", CHANGE_TONES[tone])}>
      <span aria-hidden="true">{ARROWS[dir]} </span>
      {dir === "flat" ? (
        DIRECTION_WORDS.flat
      ) : (
        <>
          <span className="sr-only">{DIRECTION_WORDS[dir]} </span>
          {amount}
        </>
      )}{" "}
      {children}
    </p>
  );
}
