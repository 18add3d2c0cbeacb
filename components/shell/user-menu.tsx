import { signOutAction } from "@/lib/auth/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { Icon } from "./icons";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

/** Who is signed in, under which role, and the way out. */
export function UserMenu({ name, roleLabel }: { name: string; roleLabel: string }) {
  return (
    <div className="flex min-w-0 items-center gap-2 sm:gap-3">
      <span
        aria-hidden="true"
        className="hidden size-8 shrink-0 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-foreground sm:flex"
      >
        {initials(name)}
      </span>
      <div className="min-w-0 leading-tight">
        <p className="max-w-28 truncate text-sm font-medium sm:max-w-48" title={name}>
          {name}
        </p>
        <p className="truncate text-xs text-muted-foreground">{roleLabel}</p>
      </div>
      <form action={signOutAction}>
        <SubmitButton variant="ghost" size="sm" className="px-2 sm:px-3" title="Sign out">
          <Icon name="signOut" />
          <span className="sr-only sm:not-sr-only">Sign out</span>
        </SubmitButton>
      </form>
    </div>
  );
}
