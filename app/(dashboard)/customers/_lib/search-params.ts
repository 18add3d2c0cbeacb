import { z } from "zod";

/** Keyset cursors are base64url text; anything else in the URL is rejected before it reaches the data layer. */
export const cursorParam = z.string().min(1).max(512).regex(/^[A-Za-z0-9_-]+$/);

export const customersSearchParams = z.object({
  cursor: cursorParam.optional(),
});

export type CustomersSearchParams = z.infer<typeof customersSearchParams>;
