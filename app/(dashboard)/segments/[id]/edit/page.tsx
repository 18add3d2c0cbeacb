import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/dal/guards";
import { getBuilderOptions } from "@/lib/dal/segments";
import { isAppError } from "@/lib/domain/errors";
import { emptyDefinition } from "@/lib/domain/segment-definition";
import { settle } from "../../../_lib/loaded";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { NO_OPTIONS, OptionsUnavailable } from "../../_components/builder/page-parts";
import { SegmentBuilder } from "../../_components/builder/segment-builder";
import { parseSegmentId } from "../../_components/segment-ids";
import { loadSegment } from "../_components/segment-data";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseSegmentId((await params).id);
  if (id === null) return { title: "Segment not found" };
  try {
    const segment = await loadSegment(id);
    return { title: segment ? `Edit ${segment.name}` : "Segment not found" };
  } catch (error) {
    // Signed out or not allowed: the page itself picks the right screen.
    if (isAppError(error)) return { title: "Edit segment" };
    throw error;
  }
}

export default async function EditSegmentPage({ params }: Props) {
  await requirePageUser("segment:write");
  const id = parseSegmentId((await params).id);
  if (id === null) notFound();
  const [segment, options] = await Promise.all([loadSegment(id), settle(getBuilderOptions(), "segment builder options")]);
  if (!segment) notFound();
  // Static segments are hand-picked lists, not definitions: their own page is where they change.
  if (segment.kind === "static") redirect(`/segments/${id}`);

  return (
    <>
      <Breadcrumb
        trail={[
          { href: "/segments", label: "Segments" },
          { href: `/segments/${id}`, label: segment.name },
        ]}
        current="Edit"
      />
      <PageHeader title="Edit segment" description="Change the conditions; saving recomputes who is in the segment." />
      {options.ok ? null : <OptionsUnavailable />}
      <SegmentBuilder
        segmentId={id}
        initial={{
          name: segment.name,
          description: segment.description ?? "",
          definition: segment.definition ?? emptyDefinition(),
        }}
        options={options.ok ? options.data : NO_OPTIONS}
        cancelHref={`/segments/${id}`}
      />
    </>
  );
}
