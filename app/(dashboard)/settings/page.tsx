import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/dal/guards";

export default async function SettingsPage() {
  await requirePageUser("staff:manage");
  redirect("/settings/users");
}
