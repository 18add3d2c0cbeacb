import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/dal/guards";

/**
 * The role check for everything under /feedback, above its loading boundaries: checked here, a
 * role without access gets a real 403 (inside loading.tsx the response would already have started).
 */
export default async function FeedbackLayout({ children }: { children: ReactNode }) {
  await requirePageUser("feedback:read");
  return children;
}
