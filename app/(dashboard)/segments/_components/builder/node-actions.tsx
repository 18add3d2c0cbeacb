"use client";

import type { DragEvent, KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { domId, useBuilder, type BuilderApi } from "./builder-context";
import { Icon, type IconName } from "@/components/shell/icons";

/** Where a node sits among its siblings: what its move buttons may do, and where focus goes when it is removed. */
export interface NodePosition {
  parentId: string;
  index: number;
  count: number;
  canIndent: boolean;
  canOutdent: boolean;
  /** Focus after removal: the next sibling, else the previous, else the parent's "Add condition". */
  afterRemove: { nodeId: string; elementId?: string };
}

const activeId = () => (document.activeElement instanceof HTMLElement && document.activeElement.id) || undefined;

function move(act: BuilderApi["act"], nodeId: string, by: -1 | 1, elementId = activeId()) {
  const d = domId(nodeId);
  act({ type: "move", id: nodeId, by }, { nodeId, elementId, fallbacks: [by < 0 ? `${d}-down` : `${d}-up`] });
}

/**
 * Alt+ArrowUp / Alt+ArrowDown anywhere inside a node move it among its siblings, with focus kept
 * on the same control. Handled by the innermost node only.
 */
export function useMoveKeys(nodeId: string, position: NodePosition | undefined) {
  const { act } = useBuilder();
  return (event: KeyboardEvent) => {
    if (!position || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    event.preventDefault();
    event.stopPropagation();
    const by = event.key === "ArrowUp" ? -1 : 1;
    const to = position.index + by;
    if (to >= 0 && to < position.count) move(act, nodeId, by);
  };
}

function IconButton({ id, icon, label, shortcut, onClick, disabled, danger }: {
  id: string;
  icon: IconName;
  label: string;
  shortcut?: string;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
}) {
  return (
    <button
      type="button"
      id={id}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-keyshortcuts={shortcut?.replace("↑", "ArrowUp").replace("↓", "ArrowDown")}
      disabled={disabled}
      onClick={onClick}
      className={cn(
        "inline-flex size-7 shrink-0 items-center justify-center rounded-md text-muted-foreground transition-colors",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:pointer-events-none disabled:opacity-35",
        danger ? "hover:bg-danger/10 hover:text-danger" : "hover:bg-muted hover:text-foreground",
      )}
    >
      <Icon name={icon} />
    </button>
  );
}

/** Move up / down, into the group above / out of this group, and remove. */
export function NodeActions({ nodeId, position }: { nodeId: string; position: NodePosition }) {
  const { act } = useBuilder();
  const d = domId(nodeId);
  const { index, count } = position;
  return (
    <div className="flex shrink-0 items-center">
      <IconButton id={`${d}-up`} icon="up" label="Move up" shortcut="Alt+↑" disabled={index === 0} onClick={() => move(act, nodeId, -1, `${d}-up`)} />
      <IconButton id={`${d}-down`} icon="down" label="Move down" shortcut="Alt+↓" disabled={index === count - 1} onClick={() => move(act, nodeId, 1, `${d}-down`)} />
      {position.canIndent ? (
        <IconButton
          id={`${d}-indent`} icon="indent" label="Move into the group above"
          onClick={() => act({ type: "indent", id: nodeId }, { nodeId, elementId: `${d}-indent`, fallbacks: [`${d}-outdent`] })}
        />
      ) : null}
      {position.canOutdent ? (
        <IconButton
          id={`${d}-outdent`} icon="outdent" label="Move out of this group"
          onClick={() => act({ type: "outdent", id: nodeId }, { nodeId, elementId: `${d}-outdent`, fallbacks: [`${d}-indent`] })}
        />
      ) : null}
      <IconButton
        id={`${d}-remove`} icon="close" label="Remove" danger
        onClick={() => act({ type: "remove", id: nodeId }, position.afterRemove)}
      />
    </div>
  );
}

/**
 * A grip for dragging the node among its siblings with the mouse. Keyboard users have the move
 * buttons and Alt+arrows, so the grip is not focusable and is hidden from screen readers.
 */
export function DragHandle({ nodeId, position }: { nodeId: string; position: NodePosition }) {
  const { dragRef } = useBuilder();
  if (position.count < 2) return <span className="w-4 shrink-0" aria-hidden="true" />;
  const onDragStart = (event: DragEvent<HTMLSpanElement>) => {
    dragRef.current = { id: nodeId, parentId: position.parentId, index: position.index };
    event.dataTransfer.effectAllowed = "move";
    // Firefox starts a drag only with some data set.
    event.dataTransfer.setData("text/plain", nodeId);
    const row = document.getElementById(domId(nodeId));
    if (row) event.dataTransfer.setDragImage(row, 16, 16);
  };
  return (
    <span
      draggable
      aria-hidden="true"
      title="Drag to reorder"
      onDragStart={onDragStart}
      onDragEnd={() => {
        dragRef.current = null;
      }}
      className="-ml-1 flex h-7 w-5 shrink-0 cursor-grab items-center justify-center rounded text-muted-foreground hover:bg-muted active:cursor-grabbing"
    >
      <Icon name="grip" className="size-4" />
    </span>
  );
}
