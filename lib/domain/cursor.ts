import { z } from "zod";
import { AppError } from "./errors";

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export function decodeCursor<T>(cursor: string | null | undefined, shape: z.ZodType<T>): T | null {
  if (!cursor) return null;
  try {
    if (cursor.length > 512) throw new Error("too long");
    return shape.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new AppError("invalid", "The cursor is not valid.", { cursor: "Not a cursor this list returned." });
  }
}

export const pageInput = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
