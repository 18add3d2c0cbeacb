import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { LogoMark } from "@/components/shell/logo";

export const metadata: Metadata = { title: "No access" };

/** Rendered (with a 403) when a signed-in role may not open a page. */
export default function Forbidden() {
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-6 text-center">
      <LogoMark className="size-10" />
      <p className="mt-6 text-sm font-semibold text-danger">403</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">You don’t have access to this page</h1>
      <p className="mt-2 max-w-md text-sm text-muted-foreground">
        Your role does not include this part of cx360. If you need it for your work, ask an admin to change your role.
      </p>
      <Link href="/" className={buttonClasses("primary", "md", "mt-6")}>
        Go to the overview
      </Link>
    </main>
  );
}
