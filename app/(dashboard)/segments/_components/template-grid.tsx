import Link from "next/link";
import { SEGMENT_TEMPLATES } from "@/lib/domain/segments";

/** The built-in starting points, each opening the builder with its definition filled in. */
export function TemplateGrid() {
  return (
    <section aria-labelledby="segment-templates-title">
      <h2 id="segment-templates-title" className="text-base font-semibold tracking-tight">
        Start from a template
      </h2>
      <p className="mt-1 text-sm text-muted-foreground">Open one in the builder, change what you like, and save it under your own name.</p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {SEGMENT_TEMPLATES.map((t) => (
          // The whole card is the link's target (through ::after), while its name stays the link's text.
          <li key={t.key} className="relative flex flex-col rounded-lg border bg-card p-4 shadow-xs transition-colors hover:bg-muted/40">
            <h3 className="text-sm font-semibold">
              <Link
                href={`/segments/new?template=${encodeURIComponent(t.key)}`}
                className="rounded-sm after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-ring"
              >
                {t.name}
              </Link>
            </h3>
            <p className="mt-1 flex-1 text-sm text-muted-foreground">{t.description}</p>
            <p aria-hidden="true" className="mt-3 text-xs font-medium text-primary">
              Use this template →
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
