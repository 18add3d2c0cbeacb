import { sql } from "drizzle-orm";
import { check, char, index, integer, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { createdAt, currency, id, minor, ref, ts } from "./columns";
import { orderStatusEnum, paymentMethodEnum, paymentStatusEnum, salesChannelEnum } from "./enums";
import { party } from "./parties";
import { dataSource } from "./sources";

export const product = pgTable("product", {
  id: id().primaryKey(),
  sku: text().notNull().unique(),
  name: text().notNull(),
  category: text().notNull(),
  brand: text(),
  priceMinor: minor().notNull(),
  currency: currency(),
});

/**
 * `order_number` is unique by construction (generated) and indexed for lookup; a unique
 * constraint would have to include party_id to survive distribution by party_id.
 */
export const order = pgTable(
  "order",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    orderNumber: text().notNull(),
    status: orderStatusEnum().notNull().default("pending"),
    channel: salesChannelEnum().notNull(),
    totalMinor: minor().notNull(),
    currency: currency(),
    /** When the order was placed. */
    occurredAt: ts().notNull(),
    promisedBy: ts(),
    deliveredAt: ts(),
    sourceId: smallint().references(() => dataSource.id),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("order_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    // Segment conditions count and sum a customer's orders in a window, index-only: the migration
    // adds INCLUDE (status, total_minor), which drizzle cannot say.
    index("order_party_window_idx").on(t.partyId, t.occurredAt),
    index("order_number_idx").on(t.orderNumber),
    // Date-range counts across all parties (overview, rollup rebuilds).
    index("order_placed_idx").on(t.occurredAt),
    check("order_total_nonnegative", sql`${t.totalMinor} >= 0`),
  ],
);

export const orderItem = pgTable(
  "order_item",
  {
    partyId: ref().notNull(),
    orderId: ref().notNull(),
    id: id(),
    productId: ref().notNull().references(() => product.id),
    quantity: integer().notNull(),
    unitPriceMinor: minor().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("order_item_order_idx").on(t.partyId, t.orderId),
    check("order_item_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

export const orderStatusEvent = pgTable(
  "order_status_event",
  {
    partyId: ref().notNull(),
    orderId: ref().notNull(),
    id: id(),
    status: orderStatusEnum().notNull(),
    occurredAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("order_status_event_timeline_idx").on(t.partyId, t.occurredAt, t.id),
  ],
);

export const payment = pgTable(
  "payment",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    orderId: ref(),
    method: paymentMethodEnum().notNull(),
    status: paymentStatusEnum().notNull(),
    amountMinor: minor().notNull(),
    currency: currency(),
    /** Only ever the last four digits of a card; the check below refuses anything longer. */
    cardLast4: char({ length: 4 }),
    occurredAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("payment_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    check("payment_card_last4_digits", sql`${t.cardLast4} is null or ${t.cardLast4} ~ '^[0-9]{4}$'`),
  ],
);

export const refund = pgTable(
  "refund",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    orderId: ref(),
    paymentId: ref(),
    amountMinor: minor().notNull(),
    currency: currency(),
    reason: text(),
    occurredAt: ts().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("refund_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    check("refund_amount_positive", sql`${t.amountMinor} > 0`),
  ],
);
