"use client";

import { useEffect } from "react";
import "./globals.css";

/** The theme next-themes stored (its default key), or the OS setting for "system". */
function prefersDark(): boolean {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem("theme");
  } catch {
    // Storage can be blocked; fall back to the OS setting.
  }
  if (stored === "dark" || stored === "light") return stored === "dark";
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/**
 * Last-resort boundary: replaces the root layout, so it brings its own <html> and <body>, and
 * applies the theme itself (next-themes lives in the layout it replaces).
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  useEffect(() => {
    document.documentElement.classList.toggle("dark", prefersDark());
  }, []);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <html lang="en">
      <head>
        <title>Something went wrong · cx360</title>
        <meta name="robots" content="noindex" />
      </head>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <main className="flex min-h-dvh flex-col items-center justify-center px-6 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">cx360 could not load this page</h1>
          <p className="mt-2 max-w-md text-sm text-muted-foreground">
            Something went wrong on our side. Nothing you entered was lost. Try again, and if it keeps happening,
            tell your administrator{digest ? " and quote the reference below" : ""}.
          </p>
          {digest ? (
            <p className="mt-3 font-mono text-xs text-muted-foreground">Reference: {digest}</p>
          ) : null}
          <button
            type="button"
            onClick={() => retry()}
            className="mt-6 inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
