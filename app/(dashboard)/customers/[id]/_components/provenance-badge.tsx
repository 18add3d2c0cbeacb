import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { Provenance } from "@/lib/dal/party-profile";
import { SOURCE_CLASS_LABELS } from "@/lib/domain/enums";
import { formatDate } from "@/lib/format";
import { SOURCE_CLASS_TONES } from "./labels";

/** Where a value came from: the source's class as a badge, its name and capture date beside it. */
export function ProvenanceBadge({
  source,
  capturedAt,
  align = "end",
}: {
  source: Provenance;
  capturedAt?: string;
  /** "end" right-aligns it from the sm breakpoint, for the end of a row. */
  align?: "start" | "end";
}) {
  const label = SOURCE_CLASS_LABELS[source.class];
  const captured = capturedAt ? formatDate(capturedAt) : null;
  return (
    <span className={cn("inline-flex shrink-0 flex-col items-start gap-0.5", align === "end" && "sm:items-end")}>
      <Badge tone={SOURCE_CLASS_TONES[source.class]} title={`Source: ${source.name} (${label})${captured ? `, captured ${captured}` : ""}`}>
        {label}
      </Badge>
      <span className="text-xs text-muted-foreground">
        {source.name}
        {captured ? ` · ${captured}` : ""}
      </span>
    </span>
  );
}
