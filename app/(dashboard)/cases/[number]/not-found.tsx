import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** A malformed case number or one that matches no case: the way back to the queue. */
export default function CaseNotFound() {
  return (
    <>
      <PageHeader title="Case not found" />
      <EmptyState
        title="No case has this number"
        action={
          <Link href="/cases" className={buttonClasses("primary", "sm")}>
            Back to the case queue
          </Link>
        }
      >
        Case numbers look like CASE-100123. The link may be mistyped or out of date; find the case in the queue
        or on the customer’s page instead.
      </EmptyState>
    </>
  );
}
