"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { directoryHref, PAGE_SIZES, type DirectoryQuery } from "@/lib/domain/directory";

export function PageSizeSelect({ query }: { query: DirectoryQuery }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  // Shows the new size at once; the URL (and the server's rows) follow.
  const [size, setSize] = useOptimistic(query.size);
  return (
    <div className="flex items-center gap-2">
      <Label htmlFor="directory-page-size" className="font-normal whitespace-nowrap text-muted-foreground">
        Rows per page
      </Label>
      <div className="w-20">
        <Select
          id="directory-page-size"
          controlSize="sm"
          value={size}
          onChange={(event) => {
            const next = Number(event.target.value);
            startTransition(() => {
              setSize(next);
              router.push(directoryHref({ ...query, size: next }), { scroll: false });
            });
          }}
        >
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
