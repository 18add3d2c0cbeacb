import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/dal/guards";

/**
 * The role check for everything under /cases, above its loading boundary: checked here, a role
 * without access gets a real 403 (inside loading.tsx the response would already have started).
 */
export default async function CasesLayout({ children }: { children: ReactNode }) {
  await requirePageUser("case:read");
  return children;
}
