"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { parseDefinition, type Group, type SegmentDefinition } from "@/lib/domain/segment-definition";
import type { PreviewResult, SegmentPreview } from "@/lib/domain/segments";
import { previewSegmentAction } from "../../_lib/actions";

export type PreviewFailure =
  /** The definition is not valid: `fields` are keyed by path into `checked`. */
  | { kind: "invalid"; message: string; fields: Record<string, string>; checked: Group }
  /** The count could not be run (server down, an error). */
  | { kind: "unavailable"; message: string };

export interface LivePreview {
  /** The latest good answer; while `pending` or failed it is the previous one. */
  preview: SegmentPreview | null;
  pending: boolean;
  failure: PreviewFailure | null;
  retry: () => void;
}

interface Answer {
  definition: SegmentDefinition;
  attempt: number;
  result: PreviewResult | { ok: false; unavailable: true };
}

/**
 * The count, reach and sample for the definition being edited, asked for ~350 ms after the last
 * change. Only the newest request's answer is used (a sequence number drops older ones). A
 * definition that fails the same validation the server runs is reported at once, without asking.
 */
export function useLivePreview(definition: SegmentDefinition, delayMs = 350): LivePreview {
  const local = useMemo(() => parseDefinition(definition), [definition]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [lastGood, setLastGood] = useState<SegmentPreview | null>(null);
  const [attempt, setAttempt] = useState(0);
  const sequence = useRef(0);
  const answeredOnce = useRef(false);

  useEffect(() => {
    const mine = ++sequence.current;
    if (!local.ok) return;
    // The first count starts straight away; later ones wait for typing to pause.
    const timer = setTimeout(
      () => {
        const settle = (result: Answer["result"]) => {
          if (mine !== sequence.current) return;
          answeredOnce.current = true;
          setAnswer({ definition, attempt, result });
          if (result.ok) setLastGood(result.preview);
        };
        previewSegmentAction(definition).then(settle, (error: unknown) => {
          console.error("segment preview failed", error);
          settle({ ok: false, unavailable: true });
        });
      },
      answeredOnce.current ? delayMs : 0,
    );
    return () => clearTimeout(timer);
  }, [definition, local.ok, attempt, delayMs]);

  const current = answer && answer.definition === definition && answer.attempt === attempt ? answer.result : null;
  let failure: PreviewFailure | null = null;
  if (!local.ok) failure = { kind: "invalid", message: local.message, fields: local.fields, checked: definition.root };
  else if (current && !current.ok) {
    failure = "unavailable" in current
      ? { kind: "unavailable", message: "The live count is unavailable right now." }
      : { kind: "invalid", message: current.message, fields: current.fields, checked: definition.root };
  }

  return {
    preview: lastGood,
    pending: local.ok && current === null,
    failure,
    retry: () => setAttempt((a) => a + 1),
  };
}
