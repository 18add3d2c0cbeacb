import { Badge } from "@/components/ui/badge";

/** Dynamic (recomputed from its definition) or static (hand-picked members). */
export function SegmentKindBadge({ kind }: { kind: "dynamic" | "static" }) {
  return <Badge tone={kind === "dynamic" ? "info" : "neutral"}>{kind === "dynamic" ? "Dynamic" : "Static"}</Badge>;
}
