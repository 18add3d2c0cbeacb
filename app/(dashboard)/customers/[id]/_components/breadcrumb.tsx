import Link from "next/link";

/** Customers › {name}: the way back to the directory. */
export function Breadcrumb({ current }: { current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm">
      <ol className="flex min-w-0 items-center gap-1.5 text-muted-foreground">
        <li>
          <Link href="/customers" className="rounded-sm hover:text-foreground hover:underline">
            Customers
          </Link>
        </li>
        <li aria-hidden="true">/</li>
        <li aria-current="page" className="min-w-0 truncate text-foreground">
          {current}
        </li>
      </ol>
    </nav>
  );
}
