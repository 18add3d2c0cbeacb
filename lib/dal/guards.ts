import "server-only";
import { forbidden, redirect } from "next/navigation";
import { isAppError } from "@/lib/domain/errors";
import type { Permission } from "@/lib/domain/permissions";
import { requireUser, type CurrentUser } from "./session";

/**
 * For pages: a signed-out visitor goes to sign-in, a role without the permission gets the 403
 * page. Data functions still check for themselves; this only picks the right screen.
 */
export async function requirePageUser(permission: Permission): Promise<CurrentUser> {
  try {
    return await requireUser(permission);
  } catch (error) {
    if (isAppError(error) && error.code === "unauthenticated") redirect("/sign-in");
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
}
