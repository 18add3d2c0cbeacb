import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { logInteraction } from "@/lib/dal/case-writes";
import { parsePartyId } from "@/lib/dal/party-profile";
import { logInteractionInput } from "@/lib/domain/cases";
import { AppError } from "@/lib/domain/errors";
import { z } from "zod";

type Context = { params: Promise<{ id: string }> };

// The JSON body, in the API's own types; it is turned into the form's text fields so both paths
// share one validation (and one set of messages).
const body = z.object({
  channel: z.string({ error: "Required." }),
  direction: z.string({ error: "Required." }),
  purpose: z.string().optional(),
  summary: z.string({ error: "Required." }),
  caseId: z.number().int().positive().optional(),
  durationSeconds: z.number().int().min(0).max(8 * 3600).optional(),
  outcome: z.string().optional(),
});

/**
 * Logs a contact with the party (a telephony or chat integration, say), optionally on one of its
 * cases. JSON only: a cross-site form cannot send it, so a browser session cannot be ridden.
 * Outbound contact passes the consent rule; a refusal answers 403 with the reason.
 */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const partyId = parsePartyId((await params).id);
  if (partyId === null) throw new AppError("not_found", "No such party.");
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new AppError("invalid", "Send the interaction as JSON (content-type: application/json).", { "content-type": "Must be application/json." });
  }
  const raw = body.parse(await request.json());
  const input = logInteractionInput.parse({
    partyId: String(partyId),
    caseId: raw.caseId === undefined ? "" : String(raw.caseId),
    channel: raw.channel,
    direction: raw.direction,
    purpose: raw.purpose ?? "service",
    summary: raw.summary,
    durationMinutes: raw.durationSeconds === undefined ? "" : String(Math.round((raw.durationSeconds / 60) * 100) / 100),
    outcome: raw.outcome ?? "",
  });
  const saved = await logInteraction(input);
  return NextResponse.json({ id: saved.id, caseNumber: saved.caseNumber }, { status: 201 });
});
