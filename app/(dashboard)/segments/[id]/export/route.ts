import { apiRoute, parseQuery } from "@/lib/api/handler";
import { writeAuditNow } from "@/lib/dal/audit";
import { exportSegmentMembers } from "@/lib/dal/segments";
import { requireUser } from "@/lib/dal/session";
import { csvRow } from "@/lib/domain/csv";
import { CONSENT_CHANNELS, CONSENT_PURPOSES } from "@/lib/domain/enums";
import { AppError } from "@/lib/domain/errors";
import { z } from "zod";

// GET /segments/{id}/export?channel&purpose — the members who may be contacted for the purpose on
// the channel, with the contact point for it, as CSV: streamed in batches, formula-escaped, audited.

const choice = z.strictObject({
  channel: z.enum(CONSENT_CHANNELS, { error: `One of ${CONSENT_CHANNELS.join(", ")}.` }),
  purpose: z.enum(CONSENT_PURPOSES, { error: `One of ${CONSENT_PURPOSES.join(", ")}.` }),
});

export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireUser("export");
  const { id: raw } = await params;
  if (!/^[1-9][0-9]{0,15}$/.test(raw)) throw new AppError("not_found", "No such segment.");
  const id = Number(raw);
  const { channel, purpose } = parseQuery(request, choice);
  const { name, rows } = await exportSegmentMembers(id, { channel, purpose });
  await writeAuditNow(user, { action: "segment.export", targetType: "segment", targetId: id, detail: { name, channel, purpose } });
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvRow(["id", "name", channel === "post" ? "address" : channel, "country", "tier"])}`));
    },
    async pull(controller) {
      try {
        const next = await rows.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(next.value.map((r) => csvRow([r.id, r.name, r.contact, r.country, r.tier])).join("")));
      } catch (error) {
        console.error("segment export failed", error);
        controller.error(error);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "segment";
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${slug}-${channel}-${purpose}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "x-content-type-options": "nosniff",
    },
  });
});
