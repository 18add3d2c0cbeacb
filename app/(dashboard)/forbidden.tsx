import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/** A page the role may not open: shown inside the dashboard shell so navigation stays in reach. */
export default function DashboardForbidden() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center rounded-lg border bg-card px-6 py-12 text-center">
      <p className="text-sm font-semibold text-danger">403</p>
      <h1 className="mt-1 text-xl font-semibold tracking-tight">You don’t have access to this page</h1>
      <p className="mt-2 text-sm text-muted-foreground">
        Your role does not include this part of cx360. If you need it for your work, ask an admin to change your role.
      </p>
      <Link href="/" className={buttonClasses("primary", "md", "mt-6")}>
        Go to the overview
      </Link>
    </div>
  );
}
