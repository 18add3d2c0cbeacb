import "server-only";
import { listDirectory } from "@/lib/dal/directory";
import type { DirectoryQuery } from "@/lib/domain/directory";
import { isAppError } from "@/lib/domain/errors";
import type { Loaded, RowsResult } from "./types";

/**
 * Rows for the table. A bad cursor is the visitor's URL, not a fault: it becomes a result the
 * table can show (an error's code does not survive the trip to the browser). Anything else
 * rejects and reaches the error boundary.
 */
export function loadRows(query: DirectoryQuery): Promise<RowsResult> {
  return listDirectory(query).then(
    (page) => ({ ok: true, ...page }),
    (error: unknown) => {
      if (isAppError(error) && error.code === "invalid") return { ok: false, reason: "invalid-cursor" };
      throw error;
    },
  );
}

/** For reads beside the table: logged, then shown as "unavailable" by their widget, never as empty. */
export function settle<T>(promise: Promise<T>, what: string): Promise<Loaded<T>> {
  return promise.then(
    (data) => ({ ok: true, data }),
    (error: unknown) => {
      console.error(`customers: loading ${what} failed`, error);
      return { ok: false };
    },
  );
}
