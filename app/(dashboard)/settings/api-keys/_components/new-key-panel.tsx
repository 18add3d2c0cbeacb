"use client";

import { useRef, useState } from "react";
import { Icon } from "@/components/shell/icons";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** The new key, shown once, with a copy button. */
export function NewKeyPanel({ name, apiKey, onDone }: { name: string; apiKey: string; onDone: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied("yes");
    } catch {
      // Clipboard access can be refused (e.g. plain http): select the text for a manual copy.
      inputRef.current?.select();
      setCopied("failed");
    }
  }

  return (
    <div role="status" className="rounded-md border border-success/30 bg-success/10 p-3">
      <p className="text-sm font-medium text-success">Key “{name}” created</p>
      <p className="mt-1 text-sm text-foreground">Copy it now and store it safely. It will not be shown again.</p>
      <div className="mt-3 flex gap-2">
        <label htmlFor="new-api-key" className="sr-only">
          New API key
        </label>
        <Input
          ref={inputRef}
          id="new-api-key"
          readOnly
          value={apiKey}
          onFocus={(e) => e.currentTarget.select()}
          className="h-9 font-mono text-xs"
        />
        <Button variant="outline" size="sm" className="h-9" onClick={copy}>
          <Icon name={copied === "yes" ? "check" : "copy"} />
          {copied === "yes" ? "Copied" : "Copy key"}
        </Button>
      </div>
      <p aria-live="polite" className="mt-1 text-xs text-muted-foreground">
        {copied === "failed" ? "Copying was blocked by the browser. The key is selected: press Ctrl+C (⌘C) to copy it." : ""}
      </p>
      <Button variant="ghost" size="sm" className="mt-1" onClick={onDone}>
        I have stored the key
      </Button>
    </div>
  );
}
