"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field, fieldClasses, Input } from "@/components/ui/input";
import { Kbd } from "@/components/ui/shortcuts";
import { SubmitButton } from "@/components/ui/submit-button";
import type { BuilderOptions } from "@/lib/dal/segments";
import { MAX_CONDITIONS, parseDefinition, type Group, type SegmentDefinition } from "@/lib/domain/segment-definition";
import type { SaveSegmentResult } from "@/lib/domain/segments";
import { saveSegmentAction } from "../../_lib/actions";
import { BuilderContext, type BuilderApi, type DragSource, type FocusRequest } from "./builder-context";
import { applyFocus, goToNode } from "./focus";
import { GroupEditor } from "./group-editor";
import { nodeLabels } from "./labels";
import { PreviewPanel, type PointedIssue } from "./preview-panel";
import { SaveSummary, type SummaryItem } from "./save-summary";
import { applyTreeAction, countConditions, maxIdNumber, placeIssues, withIds, type NodeIssue, type PlacedIssues, type TreeAction } from "./tree";
import { useLivePreview } from "./use-live-preview";

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 500;

export interface BuilderInitial {
  name: string;
  description: string;
  definition: SegmentDefinition;
}

/** A refused save, with what was sent, so its messages show only while they still apply. */
interface SaveFailure {
  message: string;
  fields: Record<string, string>;
  name: string;
  description: string;
  root: Group;
  placed: PlacedIssues;
}

/** Messages may be keyed "definition.root…" or "root…"; the tree's are "root…". */
const treeKeys = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^definition\./, ""), v]));

function mergeIssues(...sources: (PlacedIssues | null)[]): Record<string, NodeIssue[]> {
  const out: Record<string, NodeIssue[]> = {};
  for (const source of sources) {
    for (const [id, issues] of Object.entries(source?.byNode ?? {})) {
      const list = (out[id] ??= []);
      for (const issue of issues) if (!list.some((i) => i.setting === issue.setting && i.message === issue.message)) list.push(issue);
    }
  }
  return out;
}

// Enter in a condition's box must not save the whole segment.
function blockImplicitSubmit(event: KeyboardEvent<HTMLElement>) {
  if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
}

/**
 * The segment builder: name and description, the tree of conditions with a live preview beside
 * it, and Save. A refused save puts each message at the field or node it is about.
 */
export function SegmentBuilder({ segmentId, initial, options, cancelHref }: {
  /** Set when editing a saved segment. */
  segmentId?: number;
  initial: BuilderInitial;
  options: BuilderOptions;
  cancelHref: string;
}) {
  const router = useRouter();
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [root, setRoot] = useState(() => withIds(initial.definition.root));
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [savedId, setSavedId] = useState<number | null>(null);
  const [saving, startSaving] = useTransition();
  const pendingFocus = useRef<FocusRequest | null>(null);
  const idCounter = useRef(0);
  const dragRef = useRef<DragSource | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const definition = useMemo<SegmentDefinition>(() => ({ version: 1, root }), [root]);
  const labels = useMemo(() => nodeLabels(root), [root]);
  const live = useLivePreview(definition);

  // Focus goes where the last edit asked, once the tree has rendered.
  useEffect(() => {
    const request = pendingFocus.current;
    pendingFocus.current = null;
    if (request) applyFocus(request);
  }, [root]);

  // After a refused save: the first thing to fix (in reading order), else the summary.
  useEffect(() => {
    if (!failure) return;
    const field = failure.fields.name ? "segment-name" : failure.fields.description ? "segment-description" : null;
    const first = Object.keys(nodeLabels(failure.root)).find((id) => failure.placed.byNode[id]);
    if (field) document.getElementById(field)?.focus();
    else if (first) goToNode(first);
    else summaryRef.current?.focus();
  }, [failure]);

  const previewPlaced = live.failure?.kind === "invalid" ? placeIssues(live.failure.checked, treeKeys(live.failure.fields)) : null;
  const saveCurrent = failure !== null && failure.root === root;
  const issues = mergeIssues(previewPlaced, saveCurrent ? failure.placed : null);
  const nameError = failure && failure.name === name ? failure.fields.name : undefined;
  const descriptionError = failure && failure.description === description ? failure.fields.description : undefined;

  const act = useCallback((action: TreeAction, focus?: FocusRequest) => {
    setRoot((current) => {
      const next = applyTreeAction(current, action);
      // Only an edit that changed something moves focus (a no-op renders nothing to focus).
      if (next !== current) pendingFocus.current = focus ?? null;
      return next;
    });
  }, []);
  const newId = useCallback(() => {
    idCounter.current = Math.max(idCounter.current, maxIdNumber(root)) + 1;
    return `n${idCounter.current}`;
  }, [root]);
  const conditionCount = countConditions(root);
  const api: BuilderApi = { options, segmentId, issues, conditionCount, dragRef, act, newId };

  const refuse = (message: string, fields: Record<string, string>) => {
    const keyed = treeKeys(fields);
    setFailure({ message, fields: keyed, name, description, root, placed: placeIssues(root, keyed) });
  };

  const save = () => {
    const trimmedName = name.trim();
    const trimmedDescription = description.trim();
    const fields: Record<string, string> = {};
    if (!trimmedName) fields.name = "Give the segment a name.";
    else if (trimmedName.length > NAME_MAX) fields.name = `At most ${NAME_MAX} characters.`;
    if (trimmedDescription.length > DESCRIPTION_MAX) fields.description = `At most ${DESCRIPTION_MAX} characters.`;
    const checked = parseDefinition(definition);
    if (!checked.ok) Object.assign(fields, checked.fields);
    if (Object.keys(fields).length) return refuse("Some things need fixing before the segment can be saved.", fields);

    startSaving(async () => {
      let result: SaveSegmentResult;
      try {
        result = await saveSegmentAction({ id: segmentId, name: trimmedName, description: trimmedDescription || null, definition });
      } catch (error) {
        console.error("saving the segment failed", error);
        result = { ok: false, message: "The segment could not be saved. Try again in a moment.", fields: {} };
      }
      if (result.ok) {
        setSavedId(result.id);
        setFailure(null);
        router.push(`/segments/${result.id}`);
      } else {
        refuse(result.message, result.fields);
      }
    });
  };

  const pointed: PointedIssue[] = previewPlaced
    ? [
        ...Object.keys(labels).flatMap((id) => (previewPlaced.byNode[id] ?? []).map((i) => ({ nodeId: id, label: labels[id] ?? "Condition", message: i.message }))),
        ...previewPlaced.other.map((o) => ({ nodeId: null, label: o.key, message: o.message })),
      ]
    : [];

  const summary: SummaryItem[] = failure
    ? [
        ...(failure.fields.name ? [{ key: "name", label: "Name", message: failure.fields.name, onGo: () => document.getElementById("segment-name")?.focus() }] : []),
        ...(failure.fields.description
          ? [{ key: "description", label: "Description", message: failure.fields.description, onGo: () => document.getElementById("segment-description")?.focus() }]
          : []),
        ...Object.keys(nodeLabels(failure.root)).flatMap((id) =>
          (failure.placed.byNode[id] ?? []).map((issue, i) => ({
            key: `${id}:${i}`,
            label: labels[id] ?? "A removed condition",
            message: issue.message,
            onGo: labels[id] ? () => goToNode(id) : undefined,
          })),
        ),
        ...failure.placed.other
          .filter((o) => o.key !== "name" && o.key !== "description")
          .map((o) => ({ key: o.key, label: o.key === "definition" ? "Definition" : o.key, message: o.message })),
      ]
    : [];

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      className="space-y-6"
    >
      <Card aria-label="Segment details">
        <div className="grid gap-4 p-4 sm:p-5 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <Field id="segment-name" label="Name" error={nameError}>
            {(control) => (
              <Input {...control} value={name} onChange={(e) => setName(e.target.value)} required maxLength={NAME_MAX} autoComplete="off" placeholder="e.g. Lapsed high spenders in Germany" />
            )}
          </Field>
          <Field id="segment-description" label="Description (optional)" error={descriptionError} hint={`What the segment is for; up to ${DESCRIPTION_MAX} characters.`}>
            {(control) => (
              <textarea {...control} value={description} onChange={(e) => setDescription(e.target.value)} rows={2} maxLength={DESCRIPTION_MAX} className={cn(fieldClasses, "min-h-10 py-2")} />
            )}
          </Field>
        </div>
      </Card>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_26rem]">
        <section aria-labelledby="segment-conditions-title" onKeyDown={blockImplicitSubmit} className="min-w-0 space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 id="segment-conditions-title" className="text-base font-semibold tracking-tight">
              Conditions
            </h2>
            <p className="text-xs text-muted-foreground">
              {conditionCount} of {MAX_CONDITIONS} conditions · <Kbd>Alt</Kbd> + <Kbd>↑</Kbd> / <Kbd>↓</Kbd> moves the part you are in
            </p>
          </div>
          <Card className="p-3 sm:p-5">
            <BuilderContext value={api}>
              <GroupEditor group={root} path={[]} nodeId={root.id ?? "root"} />
            </BuilderContext>
          </Card>
        </section>

        {/* Sticky below the header and above the save bar; scrolls on its own when taller than that. */}
        <div className="min-w-0 lg:sticky lg:top-20 lg:max-h-[calc(100dvh-10rem)] lg:overflow-y-auto lg:overscroll-contain">
          <PreviewPanel live={live} issues={pointed} onGoTo={goToNode} />
        </div>
      </div>

      <div className="sticky bottom-0 z-20 -mx-4 border-t bg-background/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8">
        {failure ? <SaveSummary ref={summaryRef} message={failure.message} items={summary} /> : null}
        {savedId !== null ? (
          <Alert tone="success" role="status" className="mb-3">
            Saved. Opening the segment…
          </Alert>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <SubmitButton pending={saving || savedId !== null} pendingText={savedId !== null ? "Opening…" : "Saving…"}>
            Save segment
          </SubmitButton>
          <Link href={cancelHref} className={buttonClasses("ghost", "md")}>
            Cancel
          </Link>
          <p className="ml-auto hidden text-xs text-muted-foreground sm:block">Saving {segmentId ? "recomputes" : "computes"} the members.</p>
        </div>
      </div>
    </form>
  );
}
