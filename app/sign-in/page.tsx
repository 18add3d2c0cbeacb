import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LogoMark } from "@/components/shell/logo";
import { getCurrentUser } from "@/lib/dal/session";
import { ROLE_LABELS } from "@/lib/domain/permissions";
import { env } from "@/lib/env";
import { DEMO_PASSWORD, STAFF } from "@/lib/seed/reference";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

/**
 * The proxy sends an absolute callback URL (with whatever host the request used); the sign-in
 * action follows only same-site paths. Keep the path, query and hash and drop the origin, so
 * nothing here can point off-site.
 */
function callbackPath(value: string | string[] | undefined): string | undefined {
  if (typeof value !== "string" || value.length > 2048) return undefined;
  try {
    const url = new URL(value, "http://cx360.invalid");
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith("/") && !path.startsWith("//") ? path : undefined;
  } catch {
    return undefined;
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getCurrentUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  const demo =
    env().CX360_DEMO === "1"
      ? {
          // The demo seeder's own list, so the hint never drifts from the accounts it creates.
          accounts: STAFF.filter((s) => s.demo && !s.disabled).map((s) => ({ email: s.email, roleLabel: ROLE_LABELS[s.role] })),
          password: DEMO_PASSWORD,
        }
      : null;

  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center text-center">
          <LogoMark className="size-10" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight">Sign in to cx360</h1>
          <p className="mt-1 text-sm text-muted-foreground">Customer 360 for your CX team</p>
        </div>
        <div className="rounded-lg border bg-card p-6 shadow-sm">
          <SignInForm callbackUrl={callbackPath(callbackUrl)} demo={demo} />
        </div>
      </div>
    </main>
  );
}
