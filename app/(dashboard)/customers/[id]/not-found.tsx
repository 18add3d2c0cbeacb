import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** An id that is malformed or belongs to no customer: a dead end with the way back. */
export default function CustomerNotFound() {
  return (
    <>
      <PageHeader title="Customer not found" />
      <EmptyState
        title="No customer has this ID"
        action={
          <Link href="/customers" className={buttonClasses("primary", "sm")}>
            Back to customers
          </Link>
        }
      >
        The link may be mistyped or out of date. Search for the customer in the directory instead.
      </EmptyState>
    </>
  );
}
