// The rows the feedback trend charts draw: one per bucket, every bucket present (an empty one has
// n = 0 and value null, drawn as a gap). Links are built on the server, so the charts only follow them.

import type { Band } from "@/lib/domain/feedback-stats";

export interface FeedbackTrendRow {
  /** First day of the bucket (YYYY-MM-DD): the x value. */
  start: string;
  /** The score in the bucket; null without responses. */
  value: number | null;
  /** value ± the 95% margin, for the shaded band; null without responses. */
  interval: [number, number] | null;
  margin: number | null;
  n: number;
  small: boolean;
  negative: number;
  neutral: number;
  positive: number;
  /** The bucket's responses. */
  href: string;
  /** The bucket's responses in each band. */
  bandHrefs: Record<Band, string>;
}
