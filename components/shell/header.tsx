import { GlobalSearch } from "@/components/search/global-search";
import { ThemeSwitcher } from "./theme-switcher";
import { UserMenu } from "./user-menu";

/** The top bar after the brand: search, then the actions. Server-rendered; search, the switcher and sign-out are its client parts. */
export function HeaderActions({ name, roleLabel }: { name: string; roleLabel: string }) {
  return (
    <>
      <GlobalSearch />
      <div className="ml-auto flex min-w-0 items-center gap-2 sm:gap-4">
        <ThemeSwitcher />
        <UserMenu name={name} roleLabel={roleLabel} />
      </div>
    </>
  );
}
