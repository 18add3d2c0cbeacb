import { channelLabel } from "@/lib/domain/channels";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { OrderSummary, TabRows } from "@/lib/domain/party-360";
import { formatDate, formatDateTime, formatMoney, formatNumber, humanize } from "@/lib/format";
import { TabFooter } from "./customer-tabs";

const ORDER_TONES: Record<string, BadgeTone> = {
  pending: "warning",
  paid: "info",
  shipped: "info",
  delivered: "success",
  cancelled: "neutral",
  returned: "danger",
};

const PAYMENT_TONES: Record<string, BadgeTone> = {
  authorized: "info",
  captured: "success",
  failed: "danger",
  refunded: "warning",
};


const date = (value: string) => (
  <time dateTime={value} title={formatDateTime(value)}>
    {formatDate(value)}
  </time>
);

function Chevron() {
  return (
    <svg
      viewBox="0 0 24 24"
      className="size-4 shrink-0 text-muted-foreground transition-transform group-open:rotate-90"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M9 6l6 6-6 6" />
    </svg>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{title}</h3>
      <div className="mt-1.5 text-sm">{children}</div>
    </div>
  );
}

const none = (text: string) => <p className="text-muted-foreground">{text}</p>;

/** Delivered after the promised date, or not delivered and the promised date has passed. */
function isLate(order: OrderSummary, now: number): boolean {
  if (!order.promisedBy || order.status === "cancelled") return false;
  const promised = Date.parse(order.promisedBy);
  return order.deliveredAt ? Date.parse(order.deliveredAt) > promised : promised < now;
}

function Items({ order }: { order: OrderSummary }) {
  if (order.items.length === 0) return none("No items recorded.");
  return (
    <Table label={`Items in ${order.number}`}>
      <THead>
        <tr>
          <TH>Item</TH>
          <TH>SKU</TH>
          <TH>Category</TH>
          <TH className="text-right">Qty</TH>
          <TH className="text-right">Unit price</TH>
          <TH className="text-right">Line total</TH>
        </tr>
      </THead>
      <TBody>
        {order.items.map((item) => (
          <TR key={item.id}>
            <TD className="min-w-40 break-words">{item.name}</TD>
            <TD className="font-mono text-xs whitespace-nowrap">{item.sku}</TD>
            <TD className="whitespace-nowrap">{humanize(item.category)}</TD>
            <TD className="text-right tabular-nums">{formatNumber(item.quantity)}</TD>
            <TD className="text-right whitespace-nowrap tabular-nums">{formatMoney(item.unitPriceMinor, order.currency)}</TD>
            <TD className="text-right whitespace-nowrap tabular-nums">
              {formatMoney(item.unitPriceMinor * item.quantity, order.currency)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

function Payments({ payments }: { payments: OrderSummary["payments"] }) {
  if (payments.length === 0) return none("No payments.");
  return (
    <ul className="space-y-2">
      {payments.map((p) => (
        <li key={p.id}>
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium">{humanize(p.method)}</span>
            {p.cardLast4 ? (
              <span className="font-mono text-xs text-muted-foreground">
                <span aria-hidden="true">•••• </span>
                <span className="sr-only">ending in </span>
                {p.cardLast4}
              </span>
            ) : null}
            <Badge tone={PAYMENT_TONES[p.status] ?? "neutral"}>{humanize(p.status)}</Badge>
          </div>
          <div className="text-xs text-muted-foreground">
            <span className="tabular-nums">{formatMoney(p.amountMinor, p.currency)}</span> · {date(p.at)}
          </div>
        </li>
      ))}
    </ul>
  );
}

function Refunds({ refunds }: { refunds: OrderSummary["refunds"] }) {
  if (refunds.length === 0) return none("No refunds.");
  return (
    <ul className="space-y-2">
      {refunds.map((r) => (
        <li key={r.id}>
          <div className="font-medium tabular-nums">{formatMoney(r.amountMinor, r.currency)}</div>
          <div className="text-xs break-words text-muted-foreground">
            {r.reason ? `${r.reason} · ` : ""}
            {date(r.at)}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Status changes oldest first, as a vertical stepper. */
function StatusHistory({ history }: { history: OrderSummary["statusHistory"] }) {
  if (history.length === 0) return none("No status changes.");
  const steps = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <ol className="relative space-y-2 border-l pl-4">
      {steps.map((s, i) => (
        <li key={`${s.status}-${s.at}`} className="relative">
          <span
            aria-hidden="true"
            className={cn(
              "absolute top-1.5 -left-[calc(1rem+4.5px)] size-2 rounded-full ring-2 ring-card",
              i === steps.length - 1 ? "bg-primary" : "bg-muted-foreground",
            )}
          />
          <div className="font-medium">{humanize(s.status)}</div>
          <div className="text-xs text-muted-foreground">
            <time dateTime={s.at}>{formatDateTime(s.at)}</time>
          </div>
        </li>
      ))}
    </ol>
  );
}

function OrderCard({ order, now }: { order: OrderSummary; now: number }) {
  const late = isLate(order, now);
  return (
    <details className="group rounded-lg border bg-card">
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 rounded-lg px-4 py-3 hover:bg-muted/40 [&::-webkit-details-marker]:hidden">
        <Chevron />
        <span className="font-mono text-sm font-medium">{order.number}</span>
        <Badge tone={ORDER_TONES[order.status] ?? "neutral"}>{humanize(order.status)}</Badge>
        {late ? <Badge tone="warning">Late</Badge> : null}
        <span className="text-sm text-muted-foreground">
          {date(order.placedAt)} · {channelLabel(order.channel)}
        </span>
        <span className="ml-auto font-semibold tabular-nums">{formatMoney(order.totalMinor, order.currency)}</span>
      </summary>
      <div className="@container space-y-4 border-t px-4 py-4">
        {order.promisedBy || order.deliveredAt ? (
          <p className="text-sm text-muted-foreground">
            {order.promisedBy ? <>Promised by {date(order.promisedBy)}</> : null}
            {order.promisedBy && order.deliveredAt ? " · " : null}
            {order.deliveredAt ? <>Delivered {date(order.deliveredAt)}</> : null}
          </p>
        ) : null}
        <Items order={order} />
        <div className="grid gap-4 @lg:grid-cols-2 @3xl:grid-cols-3">
          <Part title="Payments">
            <Payments payments={order.payments} />
          </Part>
          <Part title="Refunds">
            <Refunds refunds={order.refunds} />
          </Part>
          <Part title="Status history">
            <StatusHistory history={order.statusHistory} />
          </Part>
        </div>
      </div>
    </details>
  );
}

/** The latest orders, each opening onto its items, payments, refunds and status history. */
export function OrdersTab({ orders, partyId, now }: { orders: TabRows<OrderSummary>; partyId: number; now: number }) {
  return (
    <section aria-labelledby="orders-tab-title">
      <h2 id="orders-tab-title" className="sr-only">
        Orders
      </h2>
      {orders.items.length === 0 ? (
        <EmptyState title="No orders yet" headingLevel={3}>
          Orders placed online, in the app, in store or by phone appear here.
        </EmptyState>
      ) : (
        <>
          <ol aria-labelledby="orders-tab-title" className="space-y-2">
            {orders.items.map((order) => (
              <li key={order.id}>
                <OrderCard order={order} now={now} />
              </li>
            ))}
          </ol>
          <TabFooter partyId={partyId} shown={orders.items.length} total={orders.total} noun={["order", "orders"]} types="commerce" />
        </>
      )}
    </section>
  );
}
