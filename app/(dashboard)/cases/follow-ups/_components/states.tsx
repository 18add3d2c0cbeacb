import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { FollowUpView } from "@/lib/domain/cases";
import { followUpsHref } from "../_lib/search-params";

const firstPage = (view: FollowUpView, label: string) => (
  <Link href={followUpsHref(view)} className={buttonClasses("outline", "sm")}>
    {label}
  </Link>
);

export function InvalidCursor({ view }: { view: FollowUpView }) {
  return (
    <EmptyState title="This page link has expired or is broken" action={firstPage(view, "Go to the first page")}>
      The address points to a page of follow-ups that does not exist. Start again from the first page.
    </EmptyState>
  );
}

/** Nothing on this page: past the end of the list, or nothing in the view at all. */
export function NoFollowUps({ view, paged, canWrite }: { view: FollowUpView; paged: boolean; canWrite: boolean }) {
  if (paged) {
    return (
      <EmptyState title="No more follow-ups" action={firstPage(view, "First page")}>
        You have reached the end of the list.
      </EmptyState>
    );
  }
  switch (view) {
    case "open":
      return (
        <EmptyState title="No open follow-ups">
          Every detractor has been picked up. New ones appear here when a customer scores 0–6 on an NPS survey.
        </EmptyState>
      );
    case "mine":
      return (
        <EmptyState title="You have no follow-ups in progress" action={canWrite ? firstPage("open", "See open follow-ups") : undefined}>
          {canWrite ? "Claim an open follow-up to contact the customer; it stays here until you close it." : "Follow-ups you claim appear here."}
        </EmptyState>
      );
    case "closed":
      return (
        <EmptyState title="No closed follow-ups yet">
          Closed follow-ups appear here with how they ended, newest first.
        </EmptyState>
      );
  }
}
