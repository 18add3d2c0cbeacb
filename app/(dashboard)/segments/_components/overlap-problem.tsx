import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Why there is no overlap to show, how to pick, and the way back (the overlap page has the picker below). */
export function OverlapProblem({ title, message }: { title: string; message: string }) {
  return (
    <EmptyState
      title={title}
      action={
        <div className="flex flex-wrap justify-center gap-2">
          <Link href="/segments#compare-overlap" className={buttonClasses("primary", "sm")}>
            Back to segments
          </Link>
          <a href="#compare-overlap" className={buttonClasses("outline", "sm")}>
            Pick segments below
          </a>
        </div>
      }
    >
      <p>{message}</p>
      <p className="mt-2">
        Pick two or three saved segments under “Compare overlap”: the address then ends in <code className="font-mono text-xs">?ids=</code> followed by
        their ids, separated by commas, like <code className="font-mono text-xs">?ids=3,7</code>.
      </p>
    </EmptyState>
  );
}
