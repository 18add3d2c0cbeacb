"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { SIGN_IN_WINDOW_MINUTES } from "@/lib/auth/credentials";

export interface SignInState {
  error?: string;
  fields?: { email?: string; password?: string };
  email?: string;
}

const input = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address you sign in with.").max(320),
  password: z.string().min(1, "Enter your password.").max(1024),
  callbackUrl: z.string().max(2048).optional(),
});

/**
 * Only same-site destinations are followed after sign-in. The proxy hands over a full URL
 * (`http://host/cases?x=1`); a path is taken as is. Anything off-site goes to the overview.
 */
function safeCallback(url: string | undefined): string {
  if (!url) return "/";
  let path = url;
  if (!url.startsWith("/")) {
    try {
      const parsed = new URL(url);
      path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
    } catch {
      return "/";
    }
  }
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !path.startsWith("/sign-in") ? path : "/";
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = input.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    const fields: SignInState["fields"] = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (key === "email" || key === "password") fields[key] ??= issue.message;
    }
    return { error: "Check the highlighted fields.", fields, email };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(parsed.data.callbackUrl),
    });
    return {};
  } catch (error) {
    // A successful signIn throws Next's redirect, which must propagate.
    if (!(error instanceof AuthError)) throw error;
    const code = (error as AuthError & { code?: string }).code;
    if (code === "rate_limited") {
      return { error: `Too many failed attempts. Wait ${SIGN_IN_WINDOW_MINUTES} minutes and try again.`, email };
    }
    if (code === "disabled") return { error: "This account is disabled. Ask an admin to enable it.", email };
    return { error: "That email and password do not match an account.", email };
  }
}
