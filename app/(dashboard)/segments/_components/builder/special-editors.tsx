"use client";

import { FieldError } from "@/components/ui/input";
import { RFM_SCORES, type Condition } from "@/lib/domain/segment-definition";
import { formatNumber } from "@/lib/format";
import { useBuilder } from "./builder-context";
import { ChoiceSelect } from "./controls";
import type { Option } from "./labels";

type Rfm = Extract<Condition, { field: "value.rfm" }>;
type Part = "recency" | "frequency" | "monetary";

const PARTS: { key: Part; label: string }[] = [
  { key: "recency", label: "Recency" },
  { key: "frequency", label: "Frequency" },
  { key: "monetary", label: "Monetary" },
];
const SCORES: Option[] = RFM_SCORES.map((n) => ({ value: String(n), label: String(n) }));

/** Recency, frequency and monetary score ranges, each "any" or from–to on 1..5. */
export function RfmEditor({ id, condition, onChange, errors }: {
  id: string;
  condition: Rfm;
  onChange: (patch: Partial<Rfm>) => void;
  errors: Record<string, string>;
}) {
  const setPart = (key: Part, range: [number, number] | undefined) => {
    const patch: Partial<Rfm> = {};
    patch[key] = range;
    onChange(patch);
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-x-6 gap-y-3">
        {PARTS.map(({ key, label }) => {
          const range = condition[key];
          const errorId = `${id}-${key}-error`;
          return (
            <fieldset key={key} aria-describedby={errors[key] ? errorId : undefined} className="min-w-0">
              <legend className="text-xs font-semibold">{label}</legend>
              <div className="mt-1 flex items-start gap-2">
                <ChoiceSelect
                  id={`${id}-${key}-lo`} label="From" value={range ? String(range[0]) : undefined} options={SCORES} anyLabel="Any"
                  onChange={(v) => {
                    const lo = v === undefined ? undefined : Number(v);
                    setPart(key, lo === undefined ? undefined : [lo, Math.max(lo, range?.[1] ?? 5)]);
                  }}
                />
                <ChoiceSelect
                  id={`${id}-${key}-hi`} label="To" value={range ? String(range[1]) : undefined} options={SCORES} disabled={!range}
                  anyLabel={range ? undefined : "–"}
                  onChange={(v) => range && v !== undefined && setPart(key, [range[0], Number(v)])}
                />
              </div>
              <FieldError id={errorId}>{errors[key]}</FieldError>
            </fieldset>
          );
        })}
      </div>
      <p className="text-xs text-muted-foreground">5 is best: bought most recently, most often, for the most.</p>
    </div>
  );
}

/** Another saved segment (never the one being edited). */
export function SegmentPicker({ id, value, onChange, error }: {
  id: string;
  value: number;
  onChange: (segmentId: number) => void;
  error?: string | undefined;
}) {
  const { options, segmentId } = useBuilder();
  const offered: Option[] = options.segments
    .filter((s) => s.id !== segmentId)
    .map((s) => ({ value: String(s.id), label: `${s.name} (${formatNumber(s.memberCount)})` }));
  // Keep a choice that is no longer offered, so the select shows what the definition says.
  const choices = offered.some((c) => c.value === String(value)) ? offered : [{ value: String(value), label: `Segment #${value} (not available)` }, ...offered];
  return (
    <div className="space-y-1">
      <ChoiceSelect id={id} label="Member of" value={String(value)} options={choices} onChange={(v) => v && onChange(Number(v))} error={error} />
      {offered.length === 0 ? <p className="text-xs text-muted-foreground">There is no other saved segment to pick.</p> : null}
    </div>
  );
}
