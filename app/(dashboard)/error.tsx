"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/**
 * Inside the dashboard layout, so the sidebar and header stay usable when a page fails. Server
 * errors reach the browser without their message in production; only the digest is shown, which
 * matches the server log.
 */
export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center rounded-lg border bg-card px-6 py-12 text-center">
      <h1 className="text-xl font-semibold tracking-tight">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-muted-foreground">
        Something went wrong while loading the data for this page. Nothing was changed. Try again; if it keeps
        failing, tell your administrator{digest ? " and quote the reference below" : ""}.
      </p>
      {digest ? <p className="mt-3 font-mono text-xs text-muted-foreground">Reference: {digest}</p> : null}
      <Button className="mt-6" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}
