"use client";

import { useState, type DragEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { MAX_CONDITIONS, MAX_DEPTH, newCondition, type ConditionField, type Group, type GroupOp } from "@/lib/domain/segment-definition";
import { domId, useBuilder } from "./builder-context";
import { ConditionRow } from "./condition-row";
import { FieldPicker } from "./field-picker";
import { Icon } from "@/components/shell/icons";
import { CONNECTORS, OP_LABELS } from "./labels";
import { DragHandle, NodeActions, useMoveKeys, type NodePosition } from "./node-actions";
import { OpControl } from "./op-control";
import { canIndentInto, groupDepth, newGroup, type Path } from "./tree";

/** The word between two siblings ("and", "or", "and not"). */
function Connector({ op }: { op: GroupOp }) {
  return (
    <div className="py-1.5 pl-4">
      <span className="inline-block rounded bg-muted px-1.5 py-0.5 text-[0.6875rem] font-semibold tracking-wide text-muted-foreground uppercase">
        {CONNECTORS[op]}
      </span>
    </div>
  );
}

/**
 * A group: its op, its children (conditions and nested groups, each with a connector word before
 * it), and buttons to add more. The root group has no position and cannot be moved or removed.
 */
export function GroupEditor({ group, path, nodeId, position }: { group: Group; path: Path; nodeId: string; position?: NodePosition }) {
  const { act, newId, conditionCount, issues, dragRef, options, segmentId } = useBuilder();
  // The child a dragged sibling is over, and where that sibling came from (for the drop line).
  const [over, setOver] = useState<{ index: number; from: number } | null>(null);
  const onKeyDown = useMoveKeys(nodeId, position);
  const d = domId(nodeId);
  const isRoot = position === undefined;
  const canAddGroup = groupDepth(path) < MAX_DEPTH;
  const full = conditionCount >= MAX_CONDITIONS;
  const addId = `${d}-add`;
  const childIds = group.children.map((c, i) => c.id ?? `${nodeId}.${i}`);
  const groupIssues = issues[nodeId] ?? [];

  const addCondition = (field: ConditionField) => {
    const id = newId();
    let node = newCondition(field);
    if (node.field === "segment.member") {
      const other = options.segments.find((s) => s.id !== segmentId);
      if (other) node = { ...node, segmentId: other.id };
    }
    act({ type: "add", groupId: nodeId, node: { ...node, id } }, { nodeId: id, firstControl: true });
  };
  const addGroup = () => {
    const id = newId();
    act({ type: "add", groupId: nodeId, node: newGroup(id, group.op) }, { nodeId: id, elementId: `${domId(id)}-add` });
  };

  // Mouse reordering among this group's own children; drags from other groups pass through.
  const mine = () => (dragRef.current?.parentId === nodeId ? dragRef.current : null);
  const dropHandlers = (index: number) => ({
    onDragOver: (event: DragEvent) => {
      const source = mine();
      if (!source) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = "move";
      setOver((o) => (o?.index === index && o.from === source.index ? o : { index, from: source.index }));
    },
    onDragLeave: (event: DragEvent) => {
      if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
      setOver((o) => (o?.index === index ? null : o));
    },
    onDrop: (event: DragEvent) => {
      const source = mine();
      if (!source) return;
      event.preventDefault();
      event.stopPropagation();
      setOver(null);
      dragRef.current = null;
      if (source.index !== index) act({ type: "reorder", id: source.id, to: index });
    },
  });

  return (
    <div
      id={d}
      role={isRoot ? undefined : "group"}
      aria-label={isRoot ? undefined : `${OP_LABELS[group.op]} group`}
      tabIndex={isRoot ? undefined : -1}
      onKeyDown={onKeyDown}
      className={cn(
        "space-y-3",
        !isRoot && "rounded-r-lg border-l-2 bg-muted/40 py-3 pr-3 pl-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        !isRoot && (groupIssues.length > 0 ? "border-danger/60" : "border-primary/40"),
      )}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {position ? <DragHandle nodeId={nodeId} position={position} /> : null}
        <OpControl id={`${d}-op`} op={group.op} onChange={(op) => act({ type: "set-op", id: nodeId, op })} />
        {isRoot ? <span className="text-sm text-muted-foreground">the conditions below</span> : null}
        {position ? (
          <div className="ml-auto">
            <NodeActions nodeId={nodeId} position={position} />
          </div>
        ) : null}
      </div>

      {groupIssues.length ? (
        <ul className="space-y-0.5 text-sm text-danger">
          {groupIssues.map((issue) => (
            <li key={`${issue.setting}:${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      ) : null}

      {group.children.length === 0 ? (
        <p className="rounded-md border border-dashed bg-card/60 px-3 py-3 text-sm text-muted-foreground">Empty — matches everyone. Add a condition.</p>
      ) : (
        <ol onDragEnd={() => setOver(null)}>
          {group.children.map((child, i) => {
            const childId = childIds[i]!;
            const next = childIds[i + 1];
            const previous = childIds[i - 1];
            const childPosition: NodePosition = {
              parentId: nodeId,
              index: i,
              count: group.children.length,
              canIndent: canIndentInto(path, group.children[i - 1], child),
              canOutdent: !isRoot,
              afterRemove: next ? { nodeId: next } : previous ? { nodeId: previous } : { nodeId, elementId: addId },
            };
            const line = over?.index === i && over.from !== i ? (over.from > i ? "before" : "after") : null;
            return (
              <li key={childId} {...dropHandlers(i)}>
                {i > 0 ? <Connector op={group.op} /> : null}
                <div
                  className={cn(
                    "relative",
                    line === "before" && "before:absolute before:inset-x-0 before:-top-1 before:h-0.5 before:rounded-full before:bg-primary",
                    line === "after" && "after:absolute after:inset-x-0 after:-bottom-1 after:h-0.5 after:rounded-full after:bg-primary",
                  )}
                >
                  {child.type === "group" ? (
                    <GroupEditor group={child} path={[...path, i]} nodeId={childId} position={childPosition} />
                  ) : (
                    <ConditionRow condition={child} nodeId={childId} position={childPosition} />
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}

      <div className="flex flex-wrap items-center gap-2">
        <FieldPicker id={addId} onPick={addCondition} disabled={full} describedBy={full ? `${d}-full` : undefined} />
        <Button
          id={`${d}-add-group`}
          variant="ghost"
          size="sm"
          onClick={addGroup}
          disabled={!canAddGroup}
          aria-describedby={canAddGroup ? undefined : `${d}-deep`}
        >
          <Icon name="group" />
          Add group
        </Button>
        {full ? (
          <p id={`${d}-full`} className="text-xs text-muted-foreground">
            The limit of {MAX_CONDITIONS} conditions is reached.
          </p>
        ) : null}
        {canAddGroup ? null : (
          <p id={`${d}-deep`} className="text-xs text-muted-foreground">
            Groups nest at most {MAX_DEPTH} deep.
          </p>
        )}
      </div>
    </div>
  );
}
