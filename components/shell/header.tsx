import { ThemeSwitcher } from "./theme-switcher";
import { UserMenu } from "./user-menu";

/** The right-hand side of the top bar. Server-rendered; the switcher and sign-out are its only client parts. */
export function HeaderActions({ name, roleLabel }: { name: string; roleLabel: string }) {
  return (
    <div className="ml-auto flex min-w-0 items-center gap-2 sm:gap-4">
      <ThemeSwitcher />
      <UserMenu name={name} roleLabel={roleLabel} />
    </div>
  );
}
