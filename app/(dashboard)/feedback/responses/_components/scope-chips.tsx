import Link from "next/link";
import { RemovableChips } from "@/components/ui/removable-chips";
import { buttonClasses } from "@/components/ui/button";
import { TONE_LABELS } from "@/components/charts/score-bands";
import { DIMENSION_LABELS, DIMENSIONS, EXPERIENCE_LABELS, KIND_LABELS } from "@/lib/domain/feedback";
import { filterValueText } from "./labels";
import { bareScope, scopeHref, withoutFilter, type ResponsesScope } from "./scope";

interface Chip {
  key: string;
  text: string;
  without: ResponsesScope;
}

function chipsFor(scope: ResponsesScope): Chip[] {
  const chips: Chip[] = [];
  for (const dim of DIMENSIONS) {
    const value = scope.filters[dim];
    if (value !== undefined) chips.push({ key: dim, text: `${DIMENSION_LABELS[dim]}: ${filterValueText(dim, value)}`, without: withoutFilter(scope, dim) });
  }
  // A score wins over a band (the data layer reads the score); the band shows again once the score goes.
  if (scope.score !== null) chips.push({ key: "score", text: `${KIND_LABELS[scope.kind]} score: ${scope.score}`, without: { ...scope, score: null } });
  else if (scope.band) chips.push({ key: "band", text: TONE_LABELS[scope.kind][scope.band], without: { ...scope, band: null } });
  if (scope.experience) chips.push({ key: "experience", text: EXPERIENCE_LABELS[scope.experience], without: { ...scope, experience: null } });
  if (scope.q) chips.push({ key: "q", text: `Search: “${scope.q}”`, without: { ...scope, q: "" } });
  // With a search the list is comments only anyway; the chip would remove nothing you could see.
  else if (scope.comments) chips.push({ key: "comments", text: "Comments only", without: { ...scope, comments: false } });
  return chips;
}

/** One removable chip per condition, each a link to the same list without it. */
export function ScopeChips({ scope }: { scope: ResponsesScope }) {
  const chips = chipsFor(scope);
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Conditions</h2>
      <RemovableChips verb="Remove condition" chips={chips.map((chip) => ({ key: chip.key, text: chip.text, href: scopeHref(chip.without) }))} />
      {chips.length > 1 ? (
        <Link href={scopeHref(bareScope(scope))} scroll={false} className={buttonClasses("ghost", "xs")}>
          Remove all
        </Link>
      ) : null}
    </div>
  );
}
