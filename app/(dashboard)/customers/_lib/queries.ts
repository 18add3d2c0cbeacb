import "server-only";
import { listDirectory } from "@/lib/dal/directory";
import type { DirectoryQuery } from "@/lib/domain/directory";
import { orInvalidCursor } from "../../_lib/loaded";
import type { RowsResult } from "./types";

/** Rows for the table; a bad cursor becomes a result the table can show (an error's code does not survive the trip to the browser). */
export function loadRows(query: DirectoryQuery): Promise<RowsResult> {
  return orInvalidCursor(listDirectory(query));
}
