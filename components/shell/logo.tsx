import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** The cx360 mark (same drawing as app/icon.svg) in theme colours. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={cn("size-7", className)}>
      <rect width="32" height="32" rx="8" className="fill-primary" />
      <circle cx="16" cy="16" r="8.5" fill="none" strokeWidth="3" className="stroke-primary-foreground" strokeDasharray="40 14" strokeLinecap="round" transform="rotate(-40 16 16)" />
      <circle cx="16" cy="16" r="3" className="fill-primary-foreground" />
    </svg>
  );
}

export function Brand({ className }: { className?: string }) {
  return (
    <Link href="/" aria-label="cx360 home" className={cn("flex items-center gap-2 rounded-md font-semibold tracking-tight", className)}>
      <LogoMark />
      <span className="text-lg">cx360</span>
    </Link>
  );
}
