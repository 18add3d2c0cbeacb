import { bigint, char, timestamp } from "drizzle-orm/pg-core";

/** Surrogate keys are bigints; JavaScript numbers hold them exactly up to 2^53. */
export const id = () => bigint({ mode: "number" }).generatedByDefaultAsIdentity();
export const ref = () => bigint({ mode: "number" });
export const ts = () => timestamp({ withTimezone: true, mode: "date" });
export const createdAt = () => ts().notNull().defaultNow();
/** Money is stored in integer minor units (cents) beside an ISO 4217 currency. */
export const minor = () => bigint({ mode: "number" });
export const currency = () => char({ length: 3 }).notNull().default("USD");
