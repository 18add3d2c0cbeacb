// Immutable edits of a definition's tree for the builder. Nodes are addressed by id (stable across
// moves, so a queued action never hits the wrong node); paths (child indexes from the root) are
// computed when needed. Pure: no React, unit-tested beside this file.
import { MAX_DEPTH, type Condition, type Group, type GroupOp, type Node } from "@/lib/domain/segment-definition";

export type Path = readonly number[];

const ID_RE = /^n(\d+)$/;

/**
 * The tree with an id on every node. Ids are assigned in walk order ("n1", "n2"…, skipping any
 * already taken), so the server render and the browser agree; duplicates get a fresh id.
 */
export function withIds(root: Group): Group {
  const taken = new Set<string>();
  const collect = (node: Node) => {
    if (node.id) taken.add(node.id);
    if (node.type === "group") node.children.forEach(collect);
  };
  collect(root);
  let n = 0;
  const fresh = () => {
    let id: string;
    do id = `n${++n}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
  const seen = new Set<string>();
  const walk = <T extends Node>(node: T): T => {
    const id = node.id && !seen.has(node.id) ? node.id : fresh();
    seen.add(id);
    if (node.type === "group") return { ...node, id, children: node.children.map(walk) };
    return { ...node, id };
  };
  return walk(root);
}

/** The highest number among "n<number>" ids, so new ids can count on from it. */
export function maxIdNumber(root: Group): number {
  let max = 0;
  const walk = (node: Node) => {
    const m = node.id ? ID_RE.exec(node.id) : null;
    if (m) max = Math.max(max, Number(m[1]));
    if (node.type === "group") node.children.forEach(walk);
  };
  walk(root);
  return max;
}

export function findPath(root: Group, id: string): number[] | null {
  if (root.id === id) return [];
  for (const [i, child] of root.children.entries()) {
    if (child.id === id) return [i];
    if (child.type === "group") {
      const inner = findPath(child, id);
      if (inner) return [i, ...inner];
    }
  }
  return null;
}

export function nodeAt(root: Group, path: Path): Node | undefined {
  let node: Node | undefined = root;
  for (const i of path) node = node?.type === "group" ? node.children[i] : undefined;
  return node;
}

/** The group a node at `path` sits in (the root for top-level nodes). */
function parentAt(root: Group, path: Path): Group | undefined {
  const parent = nodeAt(root, path.slice(0, -1));
  return parent?.type === "group" ? parent : undefined;
}

function updateAt(root: Group, path: Path, update: (node: Node) => Node): Group {
  const rec = (node: Node, depth: number): Node => {
    if (depth === path.length) return update(node);
    if (node.type !== "group") return node;
    const index = path[depth];
    return { ...node, children: node.children.map((child, i) => (i === index ? rec(child, depth + 1) : child)) };
  };
  const next = rec(root, 0);
  return next.type === "group" ? next : root;
}

function updateGroupAt(root: Group, path: Path, update: (group: Group) => Group): Group {
  return updateAt(root, path, (node) => (node.type === "group" ? update(node) : node));
}

function removeAt(root: Group, path: Path): { root: Group; removed: Node | undefined } {
  const removed = nodeAt(root, path);
  const index = path.at(-1);
  if (!removed || index === undefined) return { root, removed: undefined };
  return { root: updateGroupAt(root, path.slice(0, -1), (g) => ({ ...g, children: g.children.filter((_, i) => i !== index) })), removed };
}

function insertAt(root: Group, groupPath: Path, index: number, node: Node): Group {
  return updateGroupAt(root, groupPath, (g) => {
    const children = [...g.children];
    children.splice(Math.max(0, Math.min(index, children.length)), 0, node);
    return { ...g, children };
  });
}

/** How deep a group at `path` is: the root is 1. */
export const groupDepth = (path: Path) => path.length + 1;

/** How many group levels a node brings with it: 0 for a condition, 1 for a flat group… */
export function groupHeight(node: Node): number {
  if (node.type !== "group") return 0;
  return 1 + Math.max(0, ...node.children.map(groupHeight));
}

export function countConditions(node: Node): number {
  return node.type === "group" ? node.children.reduce((n, c) => n + countConditions(c), 0) : 1;
}

/** Whether `node`, in the group at `parentPath`, can go into `before` (its previous sibling) within MAX_DEPTH. */
export function canIndentInto(parentPath: Path, before: Node | undefined, node: Node): boolean {
  return before?.type === "group" && groupDepth(parentPath) + 1 + groupHeight(node) <= MAX_DEPTH;
}

/** Whether the node at `path` can go into the group just before it (and stay within MAX_DEPTH). */
export function canIndent(root: Group, path: Path): boolean {
  const index = path.at(-1);
  const node = nodeAt(root, path);
  if (!node || !index) return false;
  return canIndentInto(path.slice(0, -1), nodeAt(root, [...path.slice(0, -1), index - 1]), node);
}

/** Whether the node at `path` is inside a group other than the root. */
export const canOutdent = (path: Path) => path.length >= 2;

export type TreeAction =
  | { type: "add"; groupId: string; node: Node }
  | { type: "remove"; id: string }
  | { type: "move"; id: string; by: -1 | 1 }
  | { type: "reorder"; id: string; to: number }
  | { type: "indent"; id: string }
  | { type: "outdent"; id: string }
  | { type: "set-op"; id: string; op: GroupOp }
  | { type: "replace"; id: string; node: Condition };

/** Applies one edit; an edit that no longer fits the tree (a node gone, an edge reached) changes nothing. */
export function applyTreeAction(root: Group, action: TreeAction): Group {
  if (action.type === "add") {
    const path = findPath(root, action.groupId);
    const group = path ? nodeAt(root, path) : undefined;
    if (!path || group?.type !== "group") return root;
    if (action.node.type === "group" && groupDepth(path) + groupHeight(action.node) > MAX_DEPTH) return root;
    return insertAt(root, path, group.children.length, action.node);
  }
  const path = findPath(root, action.id);
  if (!path) return root;
  const index = path.at(-1);
  switch (action.type) {
    case "set-op":
      return updateGroupAt(root, path, (g) => (g.op === action.op ? g : { ...g, op: action.op }));
    case "replace":
      return updateAt(root, path, (node) => (node.type === "condition" ? { ...action.node, id: node.id } : node));
    case "remove":
      return index === undefined ? root : removeAt(root, path).root;
    case "move":
      return index === undefined ? root : reorder(root, path, index + action.by);
    case "reorder":
      return index === undefined ? root : reorder(root, path, action.to);
    case "indent": {
      if (index === undefined || !canIndent(root, path)) return root;
      const { root: without, removed } = removeAt(root, path);
      const target = [...path.slice(0, -1), index - 1];
      const group = nodeAt(without, target);
      return removed && group?.type === "group" ? insertAt(without, target, group.children.length, removed) : root;
    }
    case "outdent": {
      if (!canOutdent(path)) return root;
      const parentPath = path.slice(0, -1);
      const parentIndex = parentPath.at(-1) ?? 0;
      const { root: without, removed } = removeAt(root, path);
      return removed ? insertAt(without, parentPath.slice(0, -1), parentIndex + 1, removed) : root;
    }
  }
}

function reorder(root: Group, path: Path, to: number): Group {
  const parent = parentAt(root, path);
  const from = path.at(-1);
  if (!parent || from === undefined || to < 0 || to >= parent.children.length || to === from) return root;
  const { root: without, removed } = removeAt(root, path);
  return removed ? insertAt(without, path.slice(0, -1), to, removed) : root;
}

export interface NodeIssue {
  /** The setting the message is about ("min", "values", "recency"), or "" for the node as a whole. */
  setting: string;
  message: string;
}

export interface PlacedIssues {
  /** Node id → its messages. */
  byNode: Record<string, NodeIssue[]>;
  /** Messages about no node in particular ("definition", "version"). */
  other: { key: string; message: string }[];
}

/**
 * Puts validation messages keyed by path ("root.children.0.children.2.min") at the node they
 * are about, resolved against `root`, the tree that was checked. The setting is the first part
 * after the node ("values.3" → "values").
 */
export function placeIssues(root: Group, fields: Record<string, string>): PlacedIssues {
  const placed: PlacedIssues = { byNode: {}, other: [] };
  for (const [key, message] of Object.entries(fields)) {
    const parts = key.split(".");
    if (parts[0] !== "root" || !root.id) {
      placed.other.push({ key, message });
      continue;
    }
    let node: Node = root;
    let i = 1;
    while (node.type === "group" && parts[i] === "children" && /^\d+$/.test(parts[i + 1] ?? "")) {
      const child: Node | undefined = node.children[Number(parts[i + 1])];
      if (!child) break;
      node = child;
      i += 2;
    }
    const id = node.id ?? root.id;
    (placed.byNode[id] ??= []).push({ setting: parts[i] ?? "", message });
  }
  return placed;
}

/** A new group for inside `parent`: the other way round from its parent, which is why one nests groups. */
export function newGroup(id: string, parent: GroupOp): Group {
  return { type: "group", id, op: parent === "or" ? "and" : "or", children: [] };
}
