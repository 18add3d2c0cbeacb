import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/dal/guards";
import { getBuilderOptions } from "@/lib/dal/segments";
import { emptyDefinition } from "@/lib/domain/segment-definition";
import { SEGMENT_TEMPLATES } from "@/lib/domain/segments";
import { settle } from "../../_lib/loaded";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { NO_OPTIONS, OptionsUnavailable } from "../_components/builder/page-parts";
import { SegmentBuilder } from "../_components/builder/segment-builder";

export const metadata: Metadata = { title: "New segment" };

interface Props {
  // `template` starts from one of the built-in templates (SEGMENT_TEMPLATES), by key.
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NewSegmentPage({ searchParams }: Props) {
  await requirePageUser("segment:write");
  const raw = (await searchParams).template;
  const key = Array.isArray(raw) ? raw[0] : raw;
  const template = key ? SEGMENT_TEMPLATES.find((t) => t.key === key) : undefined;
  const options = await settle(getBuilderOptions(), "segment builder options");

  return (
    <>
      <Breadcrumb trail={[{ href: "/segments", label: "Segments" }]} current="New segment" />
      <PageHeader
        title="New segment"
        description={
          template
            ? `Starting from the “${template.name}” template: change what you like and save it under your own name.`
            : "Combine conditions on profile, value, orders, service, feedback and consent; the preview counts as you go."
        }
      />
      {key && !template ? (
        <Alert tone="warning" className="mb-4">
          There is no template “{key.slice(0, 40)}”, so the segment starts empty.
        </Alert>
      ) : null}
      {options.ok ? null : <OptionsUnavailable />}
      <SegmentBuilder
        initial={{
          name: template?.name ?? "",
          description: template?.description ?? "",
          definition: template?.definition ?? emptyDefinition(),
        }}
        options={options.ok ? options.data : NO_OPTIONS}
        cancelHref="/segments"
      />
    </>
  );
}
