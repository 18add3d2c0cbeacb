import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/dal/guards";
import { parseDirectoryQuery } from "@/lib/domain/directory";
import { can } from "@/lib/domain/permissions";
import { Directory } from "./_components/directory";
import { InvalidQuery } from "./_components/states";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser("party:read");
  // Parsed once here; every part below gets the same typed view.
  const parsed = parseDirectoryQuery(await searchParams);
  const masked = !can(user.role, "contact:unmasked");

  return (
    <>
      <PageHeader
        title="Customers"
        description={
          masked
            ? "Every person and organization you serve. Contact details are masked for your role."
            : "Every person and organization you serve."
        }
      />
      {parsed.ok ? <Directory query={parsed.query} role={user.role} /> : <InvalidQuery fields={parsed.fields} />}
    </>
  );
}
