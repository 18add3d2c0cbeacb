import "server-only";
import { cache } from "react";

/**
 * One "now" per request, so every relative time on a page ("3 days ago") is measured from the
 * same instant, and render functions stay pure.
 */
export const requestTime = cache((): number => Date.now());
