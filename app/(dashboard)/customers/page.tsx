import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/dal/guards";
import { can } from "@/lib/domain/permissions";
import { CustomersTable, InvalidCursor } from "./_components/customers-table";
import { customersSearchParams } from "./_lib/search-params";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser("party:read");
  const params = customersSearchParams.safeParse(await searchParams);
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
      {params.success ? (
        // Keyed by cursor so moving between pages shows the skeleton again.
        <Suspense key={params.data.cursor ?? "first"} fallback={<TableSkeleton columns={8} label="Loading customers" />}>
          <CustomersTable cursor={params.data.cursor} />
        </Suspense>
      ) : (
        <InvalidCursor />
      )}
    </>
  );
}
