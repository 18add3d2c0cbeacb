import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { describeScope } from "./labels";
import { bareScope, hasConditions, scopeHref, widerScope, type ResponsesScope } from "./scope";

function Action({ href, primary = false, children }: { href: string; primary?: boolean; children: ReactNode }) {
  return (
    <Link href={href} className={buttonClasses(primary ? "primary" : "outline", "sm")}>
      {children}
    </Link>
  );
}

function Actions({ children }: { children: ReactNode }) {
  return <div className="flex flex-wrap justify-center gap-2">{children}</div>;
}

export function InvalidCursor({ scope }: { scope: ResponsesScope }) {
  return (
    <EmptyState title="This page link has expired or is broken" action={<Action href={scopeHref(scope)} primary>Go to the newest responses</Action>}>
      The address points to a page of responses that does not exist. Start again from the newest.
    </EmptyState>
  );
}

/**
 * No rows, told apart: past the last page, a search that finds nothing, or nothing at all in the
 * scope. Each offers a way out: the search removed, wider dates, fewer conditions.
 */
export function NoResponses({ scope, paged, today }: { scope: ResponsesScope; paged: boolean; today: string }) {
  if (paged) {
    return (
      <EmptyState title="No older responses" action={<Action href={scopeHref(scope)}>Newest</Action>}>
        You have reached the end of the list.
      </EmptyState>
    );
  }
  const wider = widerScope(scope, today);
  const widen = wider ? <Action href={scopeHref(wider)}>Widen to 12 months</Action> : null;
  // The scope without the search (the search itself is in the title).
  const where = describeScope({ ...scope, q: "" }).join(" · ");

  if (scope.q) {
    return (
      <EmptyState
        title={`No comment matches “${scope.q}”`}
        action={
          <Actions>
            <Action href={scopeHref({ ...scope, q: "" })} primary>
              Remove the search
            </Action>
            {widen}
          </Actions>
        }
      >
        Nothing was found in <Scope text={where} />. The search matches whole words and their forms (“deliver” finds
        “delivered”); try another word.
      </EmptyState>
    );
  }

  const others = hasConditions({ ...scope, comments: false });
  return (
    <EmptyState
      title={scope.comments ? "No comments in this scope" : "No responses in this scope"}
      action={
        widen || scope.comments || others ? (
          <Actions>
            {widen}
            {scope.comments ? <Action href={scopeHref({ ...scope, comments: false })}>Include responses without a comment</Action> : null}
            {others ? <Action href={scopeHref(bareScope(scope))}>Remove all conditions</Action> : null}
          </Actions>
        ) : undefined
      }
    >
      Nothing matches <Scope text={where} />. {widen || others ? "Try wider dates or fewer conditions." : null}
    </EmptyState>
  );
}

function Scope({ text }: { text: string }) {
  return <span className="font-medium text-foreground">{text}</span>;
}
