import { ForbiddenMessage } from "@/components/shell/forbidden-message";

/** A page the role may not open: shown inside the dashboard shell so navigation stays in reach. */
export default function DashboardForbidden() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center rounded-lg border bg-card px-6 py-12 text-center">
      <ForbiddenMessage />
    </div>
  );
}
