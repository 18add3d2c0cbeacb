/** A card whose read failed: said plainly, never shown as zero or empty. */
export function CardUnavailable({ what }: { what: string }) {
  return <p className="py-8 text-center text-sm text-muted-foreground">{what} could not be loaded. Reload the page to try again.</p>;
}

/** An inline text link that looks like text until hovered (styled in app/globals.css). */
export const linkClass = "cx-row-link";
