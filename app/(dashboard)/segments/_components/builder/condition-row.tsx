"use client";

import { cn } from "@/components/ui/cn";
import { FIELD_INFO, type Condition } from "@/lib/domain/segment-definition";
import { domId, errorsBySetting, useBuilder } from "./builder-context";
import { ConditionEditor, EDITED_SETTINGS } from "./condition-editor";
import { DragHandle, NodeActions, useMoveKeys, type NodePosition } from "./node-actions";

/** One condition: its name and help, its move and remove buttons, and its settings. */
export function ConditionRow({ condition, nodeId, position }: { condition: Condition; nodeId: string; position: NodePosition }) {
  const { act, issues } = useBuilder();
  const onKeyDown = useMoveKeys(nodeId, position);
  const d = domId(nodeId);
  const info = FIELD_INFO[condition.field];
  const nodeIssues = issues[nodeId] ?? [];
  // Messages no control shows (a wrong field, an unknown setting) go under the whole row.
  const general = nodeIssues.filter((i) => !EDITED_SETTINGS.has(i.setting));

  return (
    <div
      id={d}
      role="group"
      aria-labelledby={`${d}-title`}
      aria-describedby={`${d}-help`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      className={cn(
        "rounded-lg border bg-card p-3 shadow-xs focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        nodeIssues.length > 0 && "border-danger/60",
      )}
    >
      <div className="flex items-start gap-2">
        <DragHandle nodeId={nodeId} position={position} />
        <div className="min-w-0 flex-1 pt-0.5">
          <p id={`${d}-title`} className="text-sm font-semibold">
            {info.label}
          </p>
          <p id={`${d}-help`} className="text-xs text-muted-foreground">
            {info.help}
          </p>
        </div>
        <NodeActions nodeId={nodeId} position={position} />
      </div>
      <div id={`${d}-body`} className="mt-3 sm:pl-6">
        <ConditionEditor
          condition={condition}
          id={d}
          errors={errorsBySetting(nodeIssues)}
          onChange={(node) => act({ type: "replace", id: nodeId, node })}
        />
      </div>
      {general.length ? (
        <ul className="mt-2 space-y-0.5 text-sm text-danger sm:pl-6">
          {general.map((issue) => (
            <li key={`${issue.setting}:${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
