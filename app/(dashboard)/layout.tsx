import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { HeaderActions } from "@/components/shell/header";
import type { NavItem } from "@/components/shell/sidebar";
import { getCurrentUser } from "@/lib/dal/session";
import { can, ROLE_LABELS, type Permission } from "@/lib/domain/permissions";

const NAV: ReadonlyArray<NavItem & { permission: Permission }> = [
  { href: "/", label: "Overview", icon: "overview", permission: "party:read" },
  { href: "/customers", label: "Customers", icon: "customers", permission: "party:read" },
  { href: "/cases", label: "Cases", icon: "cases", permission: "case:read" },
  { href: "/feedback", label: "Feedback", icon: "feedback", permission: "feedback:read" },
  { href: "/segments", label: "Segments", icon: "segments", permission: "segment:read" },
  { href: "/settings", label: "Settings", icon: "settings", permission: "staff:manage" },
];

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // Picks the screen only; every page and data function checks the role again.
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const nav = NAV.filter((item) => can(user.role, item.permission)).map(({ href, label, icon }) => ({ href, label, icon }));

  return (
    <AppShell nav={nav} header={<HeaderActions name={user.name} roleLabel={ROLE_LABELS[user.role]} />}>
      {children}
    </AppShell>
  );
}
