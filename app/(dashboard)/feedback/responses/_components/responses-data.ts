import "server-only";
import { getVerbatimThemes, listResponses, type ResponsePage, type VerbatimThemes } from "@/lib/dal/feedback";
import type { ResponseQuery } from "@/lib/domain/feedback";
import { orInvalidCursor, settle, type Loaded, type PageResult } from "../../../_lib/loaded";

export type ResponsesResult = PageResult<ResponsePage>;

export interface ResponsesLoad {
  /** Beside the list: a failure shows as "unavailable" and the list still loads. */
  themes: Promise<Loaded<VerbatimThemes>>;
  /** One page, or "invalid-cursor" for a cursor the list never issued; anything else rejects. */
  page: Promise<ResponsesResult>;
}

/** Started by the page without awaiting; each part of the page awaits what it shows. */
export function loadResponses(query: ResponseQuery, cursor: string | null): ResponsesLoad {
  const themes = settle(getVerbatimThemes(query), "verbatim themes");
  // Each row is tagged with the scope's themes, so the rows wait for them; without themes, none.
  const page = themes.then((t) => orInvalidCursor(listResponses(query, cursor, t.ok ? t.data.themes : [])));
  return { themes, page };
}
