import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/dal/guards";

/** The role check for everything under /segments, above its loading boundaries (a real 403). */
export default async function SegmentsLayout({ children }: { children: ReactNode }) {
  await requirePageUser("segment:read");
  return children;
}
