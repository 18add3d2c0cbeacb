import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { listOpenCases } from "@/lib/dal/cases";
import { formatRelative } from "@/lib/format";
import { requestTime } from "../_lib/request-time";
import { CasePriorityBadge } from "./case-badges";

export async function OpenCasesCard() {
  const cases = await listOpenCases(6);
  const now = requestTime();
  return (
    <Card aria-labelledby="open-cases-title">
      <CardHeader>
        <CardTitle id="open-cases-title">Newest open cases</CardTitle>
        <CardDescription>Waiting on the team</CardDescription>
      </CardHeader>
      <CardContent>
        {cases.length === 0 ? (
          <p className="py-10 text-center text-sm text-muted-foreground">No open cases. New cases appear here as they come in.</p>
        ) : (
          <ul className="divide-y">
            {cases.map((c) => (
              <li key={c.id} className="flex items-start justify-between gap-3 py-2.5">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{c.subject}</p>
                  <p className="truncate text-xs text-muted-foreground">
                    {c.caseNumber} · {c.customer} · {formatRelative(c.openedAt, now)}
                  </p>
                </div>
                <CasePriorityBadge priority={c.priority} />
              </li>
            ))}
          </ul>
        )}
        <Link href="/cases" className="mt-3 inline-block rounded-sm text-sm font-medium text-primary hover:underline">
          All open cases
        </Link>
      </CardContent>
    </Card>
  );
}
