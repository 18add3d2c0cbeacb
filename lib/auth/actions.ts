"use server";

import { signOut } from "@/auth";
import { endOwnSessions } from "@/lib/dal/staff";
import { isAppError } from "@/lib/domain/errors";

/** Signs out and bumps the session version, so a copied session cookie stops working too. */
export async function signOutAction(): Promise<void> {
  try {
    await endOwnSessions();
  } catch (error) {
    // Already signed out (or the session was revoked): just clear the cookie.
    if (!isAppError(error)) throw error;
  }
  await signOut({ redirectTo: "/sign-in" });
}
