"use client";

import { useEffect, useState } from "react";
import { Icon } from "@/components/shell/icons";
import { Button } from "@/components/ui/button";

/** Copies the entry's permalink (made absolute) to the clipboard, and says whether it worked. */
export function CopyLinkButton({ href }: { href: string }) {
  const [result, setResult] = useState<"copied" | "failed" | null>(null);

  // The confirmation fades after a moment so the button reads "Copy link" again.
  useEffect(() => {
    if (result !== "copied") return;
    const timer = window.setTimeout(() => setResult(null), 2000);
    return () => window.clearTimeout(timer);
  }, [result]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(new URL(href, window.location.href).toString());
      setResult("copied");
    } catch {
      // The clipboard can be refused (plain http, permissions): the time is a link to copy by hand.
      setResult("failed");
    }
  }

  return (
    <span className="inline-flex items-center gap-1">
      <Button variant="ghost" size="icon-sm" title="Copy link" onClick={copy} className="text-muted-foreground hover:text-foreground">
        <Icon name={result === "copied" ? "check" : "copy"} className="size-3.5" />
        {/* Not the entry's title: its expand button alone is named after it. */}
        <span className="sr-only">Copy link</span>
      </Button>
      <span aria-live="polite" className="text-xs text-muted-foreground">
        {result === "copied" ? "Copied" : result === "failed" ? "Couldn’t copy: use the time’s link" : ""}
      </span>
    </span>
  );
}
