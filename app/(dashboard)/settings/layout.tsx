import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/dal/guards";
import { can, type Permission } from "@/lib/domain/permissions";
import { SettingsNav } from "./_components/settings-nav";

const ITEMS: ReadonlyArray<{ href: string; label: string; permission: Permission }> = [
  { href: "/settings/users", label: "Users", permission: "staff:manage" },
  { href: "/settings/api-keys", label: "API keys", permission: "api_key:manage" },
  { href: "/settings/audit", label: "Audit log", permission: "audit:read" },
];

/**
 * The admin area. The role check sits here, above the pages' loading boundaries, so a role
 * without access gets a real 403; each page still checks its own permission, and the data
 * functions check again.
 */
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("staff:manage");
  const items = ITEMS.filter((i) => can(user.role, i.permission)).map(({ href, label }) => ({ href, label }));
  return (
    <>
      <p className="mb-2 text-xs font-semibold tracking-wide text-muted-foreground uppercase">Settings</p>
      <SettingsNav items={items} />
      {children}
    </>
  );
}
