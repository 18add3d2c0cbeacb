import { describe, expect, it } from "vitest";
import { MAX_DEPTH, type Condition, type Group, type Node } from "@/lib/domain/segment-definition";
import {
  applyTreeAction, canIndent, countConditions, findPath, maxIdNumber, newGroup, nodeAt, placeIssues, withIds,
} from "./tree";

const cond = (id: string, country = "DE"): Condition => ({ type: "condition", id, field: "profile.country", values: [country] });
const group = (id: string, children: Node[], op: Group["op"] = "and"): Group => ({ type: "group", id, op, children });
const ids = (g: Group): unknown => g.children.map((c) => (c.type === "group" ? { [c.id ?? "?"]: ids(c) } : c.id));

// root: a, g1(b, c), d
const tree = () => group("r", [cond("a"), group("g1", [cond("b"), cond("c")], "or"), cond("d")]);

describe("withIds", () => {
  it("gives every node an id, the same each time, keeping unique ones", () => {
    const raw: Group = { type: "group", op: "and", children: [{ type: "condition", field: "cases.open", present: true }, { type: "group", id: "n1", op: "or", children: [] }] };
    const once = withIds(raw);
    expect(once).toEqual(withIds(raw));
    expect(once.id).toBe("n2");
    expect(ids(once)).toEqual(["n3", { n1: [] }]);
  });

  it("replaces duplicate ids", () => {
    const dup = withIds(group("x", [cond("x"), cond("y"), cond("y")]));
    const all = [dup.id, ...dup.children.map((c) => c.id)];
    expect(new Set(all).size).toBe(4);
  });

  it("counts on from the highest n-number", () => {
    expect(maxIdNumber(group("n4", [cond("n9"), cond("z12")]))).toBe(9);
  });
});

describe("applyTreeAction", () => {
  it("adds at the end of a group", () => {
    expect(ids(applyTreeAction(tree(), { type: "add", groupId: "g1", node: cond("e") }))).toEqual(["a", { g1: ["b", "c", "e"] }, "d"]);
  });

  it("removes a node, and a group with its children", () => {
    expect(ids(applyTreeAction(tree(), { type: "remove", id: "c" }))).toEqual(["a", { g1: ["b"] }, "d"]);
    expect(countConditions(applyTreeAction(tree(), { type: "remove", id: "g1" }))).toBe(2);
  });

  it("moves up and down within the group, and not past its ends", () => {
    expect(ids(applyTreeAction(tree(), { type: "move", id: "d", by: -1 }))).toEqual(["a", "d", { g1: ["b", "c"] }]);
    expect(ids(applyTreeAction(tree(), { type: "move", id: "b", by: 1 }))).toEqual(["a", { g1: ["c", "b"] }, "d"]);
    const t = tree();
    expect(applyTreeAction(t, { type: "move", id: "a", by: -1 })).toBe(t);
    expect(applyTreeAction(t, { type: "move", id: "c", by: 1 })).toBe(t);
  });

  it("reorders to an index (drag and drop)", () => {
    expect(ids(applyTreeAction(tree(), { type: "reorder", id: "a", to: 2 }))).toEqual([{ g1: ["b", "c"] }, "d", "a"]);
  });

  it("moves into the group before, and out again after its group", () => {
    const inside = applyTreeAction(tree(), { type: "indent", id: "d" });
    expect(ids(inside)).toEqual(["a", { g1: ["b", "c", "d"] }]);
    expect(ids(applyTreeAction(inside, { type: "outdent", id: "b" }))).toEqual(["a", { g1: ["c", "d"] }, "b"]);
    const t = tree();
    expect(applyTreeAction(t, { type: "indent", id: "a" })).toBe(t);
    expect(applyTreeAction(t, { type: "outdent", id: "a" })).toBe(t);
  });

  it("keeps groups within MAX_DEPTH", () => {
    // A chain root > g2 > … nested as deep as allowed.
    let deepest = group(`g${MAX_DEPTH}`, []);
    for (let d = MAX_DEPTH - 1; d >= 2; d--) deepest = group(`g${d}`, [deepest]);
    const root = group("r", [deepest]);
    expect(applyTreeAction(root, { type: "add", groupId: `g${MAX_DEPTH}`, node: group("y", []) })).toBe(root);
    expect(countConditions(applyTreeAction(root, { type: "add", groupId: `g${MAX_DEPTH}`, node: cond("c") }))).toBe(1);
    // A group as tall as the limit allows below the root cannot go one level further in.
    let tall = group("t1", []);
    for (let d = 2; d < MAX_DEPTH; d++) tall = group(`t${d}`, [tall]);
    const two = group("r", [group("x", []), tall]);
    expect(canIndent(two, findPath(two, tall.id!)!)).toBe(false);
    expect(canIndent(group("r", [group("x", []), cond("c")]), [1])).toBe(true);
  });

  it("changes a group's op and replaces a condition keeping its id", () => {
    const t = applyTreeAction(tree(), { type: "set-op", id: "g1", op: "not" });
    expect(nodeAt(t, [1])).toMatchObject({ op: "not" });
    const r = applyTreeAction(t, { type: "replace", id: "b", node: { type: "condition", field: "cases.open", present: false } });
    expect(nodeAt(r, [1, 0])).toEqual({ type: "condition", id: "b", field: "cases.open", present: false });
  });

  it("does nothing for an unknown id", () => {
    const t = tree();
    expect(applyTreeAction(t, { type: "remove", id: "nope" })).toBe(t);
  });
});

describe("placeIssues", () => {
  it("maps paths to nodes and settings", () => {
    const placed = placeIssues(tree(), {
      "root.children.1.children.0.values.0": "Two-letter country codes, like DE.",
      "root.children.2.min": "Give a minimum.",
      "root.children.1": "Not a known condition.",
      root: "At most 40 conditions.",
      "root.children.9.min": "Beyond the tree.",
      definition: "Not valid.",
    });
    expect(placed.byNode).toEqual({
      b: [{ setting: "values", message: "Two-letter country codes, like DE." }],
      d: [{ setting: "min", message: "Give a minimum." }],
      g1: [{ setting: "", message: "Not a known condition." }],
      r: [{ setting: "", message: "At most 40 conditions." }, { setting: "children", message: "Beyond the tree." }],
    });
    expect(placed.other).toEqual([{ key: "definition", message: "Not valid." }]);
  });
});

describe("newGroup", () => {
  it("flips the parent's op", () => {
    expect(newGroup("n1", "and").op).toBe("or");
    expect(newGroup("n1", "or").op).toBe("and");
  });
});
