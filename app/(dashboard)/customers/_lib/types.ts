// How the server page hands its reads to the client components. (The data shapes themselves
// live in lib/domain/directory.ts, shared with the data layer.)
import type { Page } from "@/lib/domain/cursor";
import type { DirectoryRow } from "@/lib/domain/directory";

import type { PageResult } from "../../_lib/loaded";

/** A secondary read (count, countries, views, segments) that may fail without taking the page down. */
export type { Loaded } from "../../_lib/loaded";

/** One page of rows, or the one failure that is the visitor's doing: a cursor we never issued. */
export type RowsResult = PageResult<Page<DirectoryRow>>;
