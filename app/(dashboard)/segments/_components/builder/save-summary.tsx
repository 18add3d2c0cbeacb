"use client";

import type { Ref } from "react";
import { Alert } from "@/components/ui/alert";

export interface SummaryItem {
  key: string;
  /** What it is about ("Name", "Lifetime value"); a button that goes there when `onGo` is set. */
  label: string;
  message: string;
  onGo?: () => void;
}

/** Why the save was refused: the message, then each problem with a way to get to it. */
export function SaveSummary({ message, items, ref }: { message: string; items: readonly SummaryItem[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <Alert ref={ref} tone="danger" role="alert" tabIndex={-1} className="mb-3 max-h-40 space-y-1.5 overflow-y-auto focus:outline-none">
      <p className="font-medium">{message}</p>
      {items.length ? (
        <ul className="list-disc space-y-0.5 pl-5">
          {items.map((item) => (
            <li key={item.key}>
              {item.onGo ? (
                <button type="button" onClick={item.onGo} className="font-medium underline underline-offset-2 hover:no-underline">
                  {item.label}
                </button>
              ) : (
                <span className="font-medium">{item.label}</span>
              )}
              : {item.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
