import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** What a role that may not open a page reads, in or out of the dashboard shell. */
export function ForbiddenMessage({ large = false }: { large?: boolean }) {
  return (
    <>
      <p className={cn("text-sm font-semibold text-danger", large ? "mt-6" : undefined)}>403</p>
      <h1 className={cn("mt-1 font-semibold tracking-tight", large ? "text-2xl" : "text-xl")}>You don’t have access to this page</h1>
      <p className="mt-2 max-w-md text-sm text-muted-foreground">
        Your role does not include this part of cx360. If you need it for your work, ask an admin to change your role.
      </p>
      <Link href="/" className={buttonClasses("primary", "md", "mt-6")}>
        Go to the overview
      </Link>
    </>
  );
}
