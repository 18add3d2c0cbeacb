"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { useShortcuts } from "@/components/ui/shortcuts";

/** The next case in the queue the agent came from; "n" follows it too. */
export function NextCaseLink({ href, caseNumber }: { href: string; caseNumber: string }) {
  const router = useRouter();
  useShortcuts({ n: () => router.push(href) });
  return (
    <Link href={href} aria-keyshortcuts="n" className={buttonClasses("outline", "sm")}>
      Next case
      <span className="sr-only">: {caseNumber}</span>
      <span aria-hidden="true">→</span>
    </Link>
  );
}
