import Link from "next/link";
import { ChartLegend } from "@/components/charts/chart-parts";
import { allRegions, regionKey, VENN_COLORS, VennDiagram } from "@/components/charts/venn-diagram";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { getOverlap } from "@/lib/dal/segments";
import { isAppError } from "@/lib/domain/errors";
import type { OverlapResult } from "@/lib/domain/segments";
import { formatNumber, formatPercent } from "@/lib/format";
import { OverlapProblem } from "./overlap-problem";

// The table's row headers read as ordinary cells (the TH primitive is styled for column headers).
const ROW_HEADER = "px-2.5 py-2.5 text-left align-middle first:pl-4";
const linkClass = "rounded-sm font-medium hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring";

/** "A", "A and B", "A, B and C". */
function andList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** "In A and B, not C": a region in words. */
export function regionName(names: readonly string[], indexes: readonly number[]): string {
  const inside = indexes.map((i) => names[i] ?? `#${i + 1}`);
  const outside = names.filter((_, i) => !indexes.includes(i));
  return `In ${andList(inside)}${outside.length ? `, not ${outside.join(" or ")}` : ""}`;
}

function Swatch({ index }: { index: number }) {
  return <span aria-hidden="true" className="inline-block size-2.5 shrink-0 rounded-sm" style={{ backgroundColor: VENN_COLORS[index] }} />;
}

/** Reads the overlap; ids that name no segment are explained, not a server error. */
export async function OverlapView({ ids }: { ids: number[] }) {
  let result: OverlapResult;
  try {
    result = await getOverlap(ids);
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "invalid")) {
      return <OverlapProblem title="These segments cannot be compared" message={error.message} />;
    }
    throw error;
  }
  if (result.segments.length < 2 || result.segments.length > 3) {
    return <OverlapProblem title="These segments cannot be compared" message="Some of the segments picked no longer exist." />;
  }
  return <OverlapBody result={result} />;
}

function OverlapBody({ result }: { result: OverlapResult }) {
  const { segments } = result;
  const n = segments.length === 3 ? 3 : 2;
  const names = segments.map((s) => s.name);
  const counts = new Map(result.regions.map((r) => [regionKey(r.in), r.count]));
  const regions = allRegions(n).map((indexes) => ({ indexes, count: counts.get(regionKey(indexes)) ?? 0 }));
  const union = regions.reduce((sum, r) => sum + r.count, 0);
  const shared = regions.at(-1)?.count ?? 0;
  const summary =
    `Venn diagram of ${n} segments: ${segments.map((s) => `${s.name}, ${formatNumber(s.size)}`).join("; ")}. ` +
    `${formatNumber(union)} customers are in at least one, ${formatNumber(shared)} in ${n === 2 ? "both" : "all three"}. ` +
    "The table of regions below lists every count.";

  return (
    <div className="grid gap-6 lg:grid-cols-5 [&>*]:min-w-0">
      <Card aria-labelledby="overlap-diagram-title" className="lg:col-span-3">
        <CardHeader>
          <CardTitle id="overlap-diagram-title">Diagram</CardTitle>
          <CardDescription>Each number counts the customers in exactly that region. Circles are drawn the same size whatever the segment’s size.</CardDescription>
        </CardHeader>
        <CardContent>
          <figure className="m-0">
            <VennDiagram sets={segments} regions={result.regions} label={summary} className="mx-auto block h-auto w-full max-w-md" />
            <ChartLegend
              className="justify-center"
              items={segments.map((s, i) => ({ key: String(s.id), label: s.name, fill: VENN_COLORS[i] }))}
            />
          </figure>
        </CardContent>
      </Card>
      <Card aria-labelledby="overlap-sizes-title" className="lg:col-span-2">
        <CardHeader>
          <CardTitle id="overlap-sizes-title">Sizes</CardTitle>
          <CardDescription>Members of each segment, and of all of them together.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="divide-y text-sm">
            {segments.map((s, i) => (
              <div key={s.id} className="flex items-center justify-between gap-3 py-2">
                <dt className="flex min-w-0 items-center gap-2">
                  <Swatch index={i} />
                  <Link href={`/segments/${s.id}`} className={`${linkClass} truncate`} title={s.name}>
                    {s.name}
                  </Link>
                </dt>
                <dd className="shrink-0 tabular-nums">{formatNumber(s.size)}</dd>
              </div>
            ))}
            <div className="flex items-center justify-between gap-3 py-2 font-semibold">
              <dt>In at least one (union)</dt>
              <dd className="tabular-nums">{formatNumber(union)}</dd>
            </div>
            <div className="flex items-center justify-between gap-3 py-2">
              <dt>In {n === 2 ? "both" : "all three"}</dt>
              <dd className="tabular-nums">
                {formatNumber(shared)}
                {union > 0 ? <span className="ml-1 text-muted-foreground">({formatPercent(shared / union, undefined, 1)})</span> : null}
              </dd>
            </div>
          </dl>
          {union === 0 ? <p className="mt-3 text-sm text-muted-foreground">None of these segments has members at the moment.</p> : null}
        </CardContent>
      </Card>
      <Card aria-labelledby="overlap-regions-title" className="lg:col-span-5">
        <CardHeader>
          <CardTitle id="overlap-regions-title">Regions</CardTitle>
          <CardDescription>Every combination, each customer counted once: the counts add up to the union.</CardDescription>
        </CardHeader>
        <CardContent>
          <Table label="Overlap regions">
            <THead>
              <tr>
                <TH>Region</TH>
                <TH className="text-right">Customers</TH>
                <TH className="text-right">Share of union</TH>
              </tr>
            </THead>
            <TBody>
              {regions.map((r) => (
                <TR key={regionKey(r.indexes)}>
                  <th scope="row" className={ROW_HEADER}>
                    <span className="flex items-center gap-2">
                      <span className="flex gap-0.5">
                        {r.indexes.map((i) => (
                          <Swatch key={i} index={i} />
                        ))}
                      </span>
                      {regionName(names, r.indexes)}
                    </span>
                  </th>
                  <TD className="text-right tabular-nums">{formatNumber(r.count)}</TD>
                  <TD className="text-right text-muted-foreground tabular-nums">{union > 0 ? formatPercent(r.count / union, undefined, 1) : "—"}</TD>
                </TR>
              ))}
            </TBody>
            <tfoot className="border-t">
              <tr>
                <th scope="row" className={`${ROW_HEADER} font-semibold`}>
                  In at least one (union)
                </th>
                <TD className="text-right font-semibold tabular-nums">{formatNumber(union)}</TD>
                <TD className="text-right text-muted-foreground tabular-nums">{union > 0 ? formatPercent(1) : "—"}</TD>
              </tr>
            </tfoot>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
