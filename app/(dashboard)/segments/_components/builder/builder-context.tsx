"use client";

import { createContext, use, type RefObject } from "react";
import type { BuilderOptions } from "@/lib/dal/segments";
import type { NodeIssue, TreeAction } from "./tree";

/** Where focus goes once an edit has rendered: an element by id, else the next that exists, else the node. */
export interface FocusRequest {
  nodeId: string;
  elementId?: string | undefined;
  fallbacks?: (string | undefined)[];
  /** Focus the first control in the node's body (a condition just added). */
  firstControl?: boolean;
}

/** The node being dragged, so drop targets can tell whether it is one of theirs. */
export interface DragSource {
  id: string;
  parentId: string;
  index: number;
}

export interface BuilderApi {
  options: BuilderOptions;
  /** The segment being edited, which "In segment" must not offer. */
  segmentId: number | undefined;
  /** Node id → what is wrong with it. */
  issues: Readonly<Record<string, readonly NodeIssue[]>>;
  conditionCount: number;
  act: (action: TreeAction, focus?: FocusRequest) => void;
  newId: () => string;
  dragRef: RefObject<DragSource | null>;
}

export const BuilderContext = createContext<BuilderApi | null>(null);

export function useBuilder(): BuilderApi {
  const api = use(BuilderContext);
  if (!api) throw new Error("useBuilder outside <SegmentBuilder>");
  return api;
}

/** A node's DOM id; its controls' ids start with it, so focus can find them again after a move. */
export const domId = (nodeId: string) => `sb-${nodeId}`;

/** The first message per setting, for the controls that show them. */
export function errorsBySetting(issues: readonly NodeIssue[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues ?? []) out[issue.setting] ??= issue.message;
  return out;
}
