/** A card whose read failed: said plainly, never shown as zero or empty. */
export function CardUnavailable({ what }: { what: string }) {
  return <p className="py-8 text-center text-sm text-muted-foreground">{what} could not be loaded. Reload the page to try again.</p>;
}

/** An inline text link. */
export const linkClass =
  "rounded-sm hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring";
