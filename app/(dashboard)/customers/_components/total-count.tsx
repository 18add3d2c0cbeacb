"use client";

import { use } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import type { DirectoryTotal } from "@/lib/domain/directory";
import { formatNumber } from "@/lib/format";
import type { Loaded } from "../_lib/types";

const noun = (n: number) => (n === 1 ? "customer" : "customers");

/** "12,345 customers", or the planner's "about …" when counting exactly would be too slow. */
export function TotalCount({ totalPromise }: { totalPromise: Promise<Loaded<DirectoryTotal>> }) {
  const total = use(totalPromise);
  const text = !total.ok
    ? "Total unavailable"
    : total.data.exact
      ? `${formatNumber(total.data.value)} ${noun(total.data.value)}`
      : `about ${formatNumber(total.data.value)} ${noun(total.data.value)} (estimate)`;
  return (
    <p id="directory-total" aria-live="polite" className="text-sm font-medium">
      {text}
    </p>
  );
}

export function TotalCountSkeleton() {
  return (
    <p className="flex items-center text-sm">
      <span className="sr-only">Counting customers…</span>
      <Skeleton className="h-4 w-32" />
    </p>
  );
}
