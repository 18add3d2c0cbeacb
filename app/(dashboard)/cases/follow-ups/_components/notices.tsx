"use client";

import Link from "next/link";
import { createContext, use, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { ActionFailure, ActionResult } from "@/lib/domain/action-result";

interface Notice {
  /** Bumped per report, so the same text twice is a new node and is announced again. */
  id: number;
  ok: boolean;
  text: string;
  link?: { href: string; label: string } | undefined;
}

type Report = (result: ActionResult, link?: Notice["link"]) => void;

const NoticesContext = createContext<Report | null>(null);

/** For the row actions: reports a claim or close result to the queue's message area. */
export function useFollowUpReport(): Report {
  const report = use(NoticesContext);
  if (!report) throw new Error("useFollowUpReport needs <FollowUpNotices> around it.");
  return report;
}

/** A failure's own words; for the hidden ids, the field message says more than "check the fields". */
function failureText(result: ActionFailure): string {
  const idProblem = result.fields?.followUpId ?? result.fields?.partyId;
  return idProblem ?? result.error;
}

/**
 * The message area above the queue. It lives outside the table on purpose: a claimed or closed
 * row leaves its view when the page refreshes, taking its button (and any message beside it)
 * away. Focus moves to the view's heading for the same reason, so keyboard users are not
 * dropped at the top of the document.
 */
export function FollowUpNotices({ heading, children }: { heading: string; children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const report = useCallback<Report>((result, link) => {
    setNotice((prev) => ({
      id: (prev?.id ?? 0) + 1,
      ok: result.ok === true,
      text: result.ok ? result.message : failureText(result),
      link: result.ok ? link : undefined,
    }));
  }, []);

  // Runs after the dialog's own effect has handed focus back to its (departing) opener.
  useEffect(() => {
    if (notice) headingRef.current?.focus();
  }, [notice]);

  return (
    <NoticesContext value={report}>
      <h2 ref={headingRef} tabIndex={-1} className="sr-only">
        {heading}
      </h2>
      {/* Always in the page, never display:none, so screen readers are watching it before a message arrives. */}
      <div role="status">
        {notice?.ok ? (
          <Alert key={notice.id} tone="success" className="mb-3">
            {notice.text}
            {notice.link ? (
              <>
                {" "}
                <Link href={notice.link.href} className="rounded-sm font-medium underline">
                  {notice.link.label}
                </Link>
              </>
            ) : null}
          </Alert>
        ) : null}
      </div>
      {notice && !notice.ok ? (
        <Alert key={notice.id} tone="danger" role="alert" className="mb-3">
          {notice.text}
        </Alert>
      ) : null}
      {children}
    </NoticesContext>
  );
}
