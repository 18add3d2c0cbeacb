// The words the builder shows for the definition's values. Client-safe.
import { channelLabel } from "@/lib/domain/channels";
import { SOURCE_CLASS_LABELS, type SourceClass } from "@/lib/domain/enums";
import { FIELD_INFO, type Group, type GroupOp, type Node } from "@/lib/domain/segment-definition";
import { humanize } from "@/lib/format";

export interface Option<T extends string = string> {
  value: T;
  label: string;
}

export const OP_LABELS: Record<GroupOp, string> = { and: "All of", or: "Any of", not: "None of" };

/** The word between two siblings, so a group reads like a sentence. */
export const CONNECTORS: Record<GroupOp, string> = { and: "and", or: "or", not: "and not" };

export function toOptions<T extends string>(values: readonly T[], label: (value: T) => string = humanize): Option<T>[] {
  return values.map((value) => ({ value, label: label(value) }));
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

function displayName(names: Intl.DisplayNames, code: string): string {
  try {
    const name = names.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export const countryLabel = (code: string) => displayName(regionNames, code);
export const languageLabel = (code: string) => displayName(languageNames, code);

export const tierLabel = (tier: string) => (tier === "none" ? "None (not a member)" : humanize(tier));

const NPS_LABELS: Record<string, string> = {
  promoter: "Promoter (9–10)",
  passive: "Passive (7–8)",
  detractor: "Detractor (0–6)",
  none: "No NPS answer",
};
export const npsLabel = (category: string) => NPS_LABELS[category] ?? humanize(category);

export const sourceClassLabel = (value: SourceClass) => SOURCE_CLASS_LABELS[value];

export { channelLabel };

/** A node's name in messages and for screen readers: the condition's label, or the group's op. */
export function nodeLabel(node: Node, isRoot = false): string {
  if (node.type === "condition") return FIELD_INFO[node.field].label;
  return isRoot ? "Whole definition" : `${OP_LABELS[node.op]} group`;
}

/** Every node's label by id, for messages that point at nodes. */
export function nodeLabels(root: Group): Record<string, string> {
  const labels: Record<string, string> = {};
  const walk = (node: Node, isRoot: boolean) => {
    if (node.id) labels[node.id] = nodeLabel(node, isRoot);
    if (node.type === "group") node.children.forEach((c) => walk(c, false));
  };
  walk(root, true);
  return labels;
}
