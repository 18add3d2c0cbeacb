import { apiRoute, queryObject } from "@/lib/api/handler";
import { exportDirectory, type ExportRow } from "@/lib/dal/directory";
import { writeAuditNow } from "@/lib/dal/audit";
import { requireUser } from "@/lib/dal/session";
import { csvRow, type CsvValue } from "@/lib/domain/csv";
import { parseDirectoryQuery, type DirectoryColumn } from "@/lib/domain/directory";
import { invalidQuery } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";

// GET /customers/export?<the directory's query> — the current view as CSV, streamed a batch at
// a time so 100,000 rows never sit in memory, with one audit entry per export.

const CELLS: Record<DirectoryColumn, { header: string[]; cells: (r: ExportRow) => CsvValue[] }> = {
  name: { header: ["id", "name", "kind"], cells: (r) => [r.id, r.displayName, r.kind] },
  email: { header: ["email"], cells: (r) => [r.email] },
  phone: { header: ["phone"], cells: (r) => [r.phone] },
  location: { header: ["country", "region", "city"], cells: (r) => [r.country, r.region, r.city] },
  tier: { header: ["tier"], cells: (r) => [r.tier] },
  lifecycle: { header: ["lifecycle"], cells: (r) => [r.lifecycle] },
  lifetime_value: { header: ["lifetime_value"], cells: (r) => [(r.lifetimeValueMinor / 100).toFixed(2)] },
  orders: { header: ["orders"], cells: (r) => [r.orderCount] },
  last_interaction: { header: ["last_interaction_at"], cells: (r) => [r.lastInteractionAt] },
  latest_nps: { header: ["latest_nps"], cells: (r) => [r.latestNps] },
  open_cases: { header: ["open_cases"], cells: (r) => [r.openCases] },
  sources: { header: ["data_sources"], cells: (r) => [r.sourceClasses.join(";")] },
  created: { header: ["created_at"], cells: (r) => [r.createdAt] },
};

export const GET = apiRoute(async (request) => {
  const user = await requireUser("export");
  const parsed = parseDirectoryQuery(queryObject(request));
  if (!parsed.ok) {
    throw invalidQuery(parsed.fields);
  }
  const { cursor: _ignored, ...query } = parsed.query;
  // The name column always leads, so every row carries the customer's id.
  const columns: DirectoryColumn[] = ["name", ...query.columns.filter((c) => c !== "name")];
  const consentOnly = !can(user.role, "contact:unmasked");
  await writeAuditNow(user, {
    action: "party.export",
    targetType: "party",
    detail: { filters: query.filters, sort: `${query.sort} ${query.dir}`, columns, contacts: consentOnly ? "marketing consent only" : "all" },
  });

  const rows = await exportDirectory(query);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark so spreadsheet programs read the file as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${csvRow(columns.flatMap((c) => CELLS[c].header))}`));
    },
    async pull(controller) {
      try {
        const next = await rows.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(next.value.map((r) => csvRow(columns.flatMap((c) => CELLS[c].cells(r)))).join("")));
      } catch (error) {
        console.error("customer export failed", error);
        controller.error(error);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="customers-${date}.csv"`,
      "x-content-type-options": "nosniff",
    },
  });
});
