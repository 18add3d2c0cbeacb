import Link from "next/link";

/** "Segments / High-value customers": the way back up, then where you are. */
export function Breadcrumb({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm">
      <ol className="flex min-w-0 flex-wrap items-center gap-1.5 text-muted-foreground">
        {trail.map((step) => (
          <li key={step.href} className="flex min-w-0 items-center gap-1.5">
            <Link href={step.href} className="truncate rounded-sm hover:text-foreground hover:underline">
              {step.label}
            </Link>
            <span aria-hidden="true">/</span>
          </li>
        ))}
        <li aria-current="page" className="min-w-0 truncate text-foreground">
          {current}
        </li>
      </ol>
    </nav>
  );
}
