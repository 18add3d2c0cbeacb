import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/dal/guards";

/**
 * The builder is for roles that may change segments. Checked here, above the loading boundary,
 * so any other role gets a real 403 (inside loading.tsx the response would already have started).
 */
export default async function SegmentBuilderLayout({ children }: { children: ReactNode }) {
  await requirePageUser("segment:write");
  return children;
}
