// How server components hand reads to the widgets that show them: a read beside the main one
// settles to "unavailable" instead of failing the page, and a keyset page turns a cursor we never
// issued (the visitor's URL, not a fault) into a result the table can explain.
import { isAppError } from "@/lib/domain/errors";

export type Loaded<T> = { ok: true; data: T } | { ok: false };
export type PageResult<T extends object> = ({ ok: true } & T) | { ok: false; reason: "invalid-cursor" };

/** For reads beside the main one: logged, then shown as "unavailable" by their widget, never as empty. */
export function settle<T>(promise: Promise<T>, what: string): Promise<Loaded<T>> {
  return promise.then(
    (data) => ({ ok: true, data }),
    (error: unknown) => {
      console.error(`loading ${what} failed`, error);
      return { ok: false };
    },
  );
}

/** A keyset page, or "invalid-cursor" when the data layer refused the cursor; anything else rejects. */
export function orInvalidCursor<T extends object>(page: Promise<T>): Promise<PageResult<T>> {
  return page.then(
    (data): PageResult<T> => ({ ok: true, ...data }),
    (error: unknown): PageResult<T> => {
      if (isAppError(error) && error.code === "invalid") return { ok: false, reason: "invalid-cursor" };
      throw error;
    },
  );
}
