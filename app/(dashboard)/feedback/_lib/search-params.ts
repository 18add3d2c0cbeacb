import { z } from "zod";

export const PERIODS = [30, 90, 365] as const;
export type Period = (typeof PERIODS)[number];

/** `?days=` is allow-listed; anything else falls back to 90 days. */
export const feedbackSearchParams = z.object({
  days: z
    .enum(["30", "90", "365"])
    .transform((v) => Number(v) as Period)
    .optional()
    .catch(undefined),
});
