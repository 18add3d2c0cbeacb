import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { requirePageUser } from "@/lib/dal/guards";
import { isAppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { requestTime } from "../../../_lib/request-time";
import { parseSegmentId } from "../../_components/segment-ids";
import { ChangesCard } from "../_components/changes-card";
import { DeleteSegmentButton } from "../_components/delete-segment-button";
import { ExportDialog } from "../_components/export-dialog";
import { MembersCard } from "../_components/members-card";
import { RecomputeButton } from "../_components/recompute-button";
import { SegmentHeader } from "../_components/segment-header";
import { loadSegment, parseMembersCursor } from "../_components/segment-data";
import { SizeCard } from "../_components/size-card";

interface Props {
  params: Promise<{ id: string }>;
  // `cursor` pages through the members.
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseSegmentId((await params).id);
  if (id === null) return { title: "Segment not found" };
  try {
    const segment = await loadSegment(id);
    return { title: segment ? segment.name : "Segment not found" };
  } catch (error) {
    // Signed out or not allowed: the page itself picks the right screen.
    if (isAppError(error)) return { title: "Segment" };
    throw error;
  }
}

export default async function SegmentPage({ params, searchParams }: Props) {
  const user = await requirePageUser("segment:read");
  const id = parseSegmentId((await params).id);
  if (id === null) notFound();
  const segment = await loadSegment(id);
  if (!segment) notFound();
  const cursor = parseMembersCursor((await searchParams).cursor);
  const now = requestTime();
  const canWrite = can(user.role, "segment:write");
  const canExport = can(user.role, "export");

  const actions =
    canWrite || canExport ? (
      <>
        {/* A static segment is a hand-picked list: nothing to edit in the builder or recompute. */}
        {canWrite && segment.kind === "dynamic" ? (
          <>
            <Link href={`/segments/${id}/edit`} className={buttonClasses("outline", "sm")}>
              Edit
            </Link>
            <RecomputeButton id={id} />
          </>
        ) : null}
        {canExport ? <ExportDialog id={id} name={segment.name} /> : null}
        {canWrite ? <DeleteSegmentButton id={id} name={segment.name} /> : null}
      </>
    ) : null;

  return (
    <>
      <SegmentHeader segment={segment} now={now} actions={actions} />
      <div className="grid gap-6 lg:grid-cols-3 [&>*]:min-w-0">
        <SizeCard id={id} name={segment.name} className="lg:col-span-2" />
        <ChangesCard id={id} now={now} />
        <div className="lg:col-span-3">
          <MembersCard id={id} memberCount={segment.memberCount} cursor={cursor} />
        </div>
      </div>
    </>
  );
}
