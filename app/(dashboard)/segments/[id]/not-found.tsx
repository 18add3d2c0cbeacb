import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** An id that is malformed or belongs to no segment (perhaps deleted): the way back to the list. */
export default function SegmentNotFound() {
  return (
    <>
      <PageHeader title="Segment not found" />
      <EmptyState
        title="No segment has this ID"
        action={
          <Link href="/segments" className={buttonClasses("primary", "sm")}>
            Back to segments
          </Link>
        }
      >
        The link may be mistyped, or the segment may have been deleted. Find it in the list of saved segments instead.
      </EmptyState>
    </>
  );
}
