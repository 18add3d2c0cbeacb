"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import type { MouseHandlerDataParam } from "recharts";
import type { FeedbackTrendRow } from "./feedback-trend-rows";

/**
 * Following a chart's link: a click on a point or bar goes to the responses behind it. The links
 * come from the server with the data; the charts list them in text too, for the keyboard.
 */
export function useDrillDown(): (href: string | null | undefined) => void {
  const router = useRouter();
  return useCallback(
    (href) => {
      if (href) router.push(href);
    },
    [router],
  );
}

/**
 * Props for a trend chart (x = the bucket's start): a click anywhere in a bucket's column opens its
 * responses; an empty bucket leads nowhere.
 */
export function useBucketDrillDown(rows: readonly FeedbackTrendRow[]) {
  const go = useDrillDown();
  return {
    style: { cursor: "pointer" },
    onClick: (state: MouseHandlerDataParam) => {
      const row = rows.find((r) => r.start === state.activeLabel);
      if (row && row.n > 0) go(row.href);
    },
  };
}
