import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { CONDITION_FIELDS, FIELD_INFO, newCondition, parseDefinition, type SegmentDefinition } from "@/lib/domain/segment-definition";
import { SEGMENT_TEMPLATES } from "@/lib/domain/segments";
import { matchFields } from "./field-picker";
import { SegmentBuilder } from "./segment-builder";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));
vi.mock("../../_lib/actions", () => ({ previewSegmentAction: vi.fn(), saveSegmentAction: vi.fn() }));

const options = {
  countries: ["DE", "US"], productCategories: ["electronics"], plans: ["basic"], languages: ["en"],
  timeZones: ["Europe/Berlin"], segments: [{ id: 1, name: "VIP", memberCount: 12 }],
};

// Every condition once, the last few in a nested "any of" group.
const everything: SegmentDefinition = {
  version: 1,
  root: {
    type: "group",
    op: "and",
    children: [
      ...CONDITION_FIELDS.slice(0, -3).map(newCondition),
      { type: "group", op: "or", children: CONDITION_FIELDS.slice(-3).map(newCondition) },
    ],
  },
};

const render = (definition: SegmentDefinition) =>
  renderToString(createElement(SegmentBuilder, { initial: { name: "Test", description: "", definition }, options, cancelHref: "/segments" }));

describe("SegmentBuilder", () => {
  it("starts from valid defaults for every condition", () => {
    expect(parseDefinition(everything).ok).toBe(true);
  });

  it("renders an editor for every condition, with unique element ids", () => {
    const html = render(everything);
    for (const field of CONDITION_FIELDS) expect(html).toContain(FIELD_INFO[field].label);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(html).toContain('aria-label="Matching customers"');
    expect(html).toContain("Save segment");
  });

  it("renders every template and the empty definition", () => {
    for (const t of SEGMENT_TEMPLATES) expect(render(t.definition)).toContain("Move up");
    expect(render({ version: 1, root: { type: "group", op: "and", children: [] } })).toContain("Empty — matches everyone. Add a condition.");
  });
});

describe("matchFields", () => {
  it("finds conditions by any word of their label, category or help", () => {
    expect(matchFields("")).toHaveLength(CONDITION_FIELDS.length);
    expect(matchFields("nps")).toEqual(expect.arrayContaining(["feedback.nps_category", "feedback.latest_nps"]));
    expect(matchFields("abandoned cart")).toEqual(["web.event"]);
    expect(matchFields("zzz")).toEqual([]);
  });
});
