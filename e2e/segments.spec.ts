import type { Locator, Page } from "@playwright/test";
import { apiAs, expect, signInAs, test } from "./fixtures";

/** The live count as the builder shows it, once it has one. */
async function liveCount(page: Page): Promise<number> {
  const status = page.getByRole("status", { name: "Matching customers" });
  await expect(status).toHaveText(/^\s*[\d,]+\s*$/);
  return Number((await status.innerText()).replace(/\D/g, ""));
}

/** Waits until the count differs from `before`, and returns it. */
async function countChangesFrom(page: Page, before: number): Promise<number> {
  await expect.poll(() => liveCount(page), { timeout: 15_000 }).not.toBe(before);
  return liveCount(page);
}

async function addCondition(page: Page, scope: Locator, label: string) {
  await scope.getByRole("button", { name: "Add condition" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add condition" });
  await dialog.getByRole("combobox", { name: "Find a condition" }).fill(label);
  await dialog.getByRole("option", { name: label, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test.describe("segment builder", () => {
  test("a marketer builds a nested segment, watches the count, saves, recomputes and exports", async ({ page }) => {
    await signInAs(page, "marketer");
    await page.goto("/segments/new");
    const name = `Nested ${Date.now()}`;
    await page.getByLabel("Name", { exact: true }).fill(name);

    const everyone = await liveCount(page);
    expect(everyone).toBeGreaterThan(100);

    // All of: person, and any of (gold or platinum tier, lifetime value ≥ 1,000).
    await addCondition(page, page.locator("body"), "Party kind");
    const people = await countChangesFrom(page, everyone);
    expect(people).toBeLessThan(everyone);

    await page.getByRole("button", { name: "Add group" }).first().click();
    // A nested group starts as "any of"; flipping it to "all of" and back renames it.
    const anyGroup = page.getByRole("group", { name: "Any of group" });
    await expect(anyGroup.getByRole("radio", { name: "Any of" })).toBeChecked();
    await anyGroup.getByText("All of", { exact: true }).click();
    const allGroup = page.getByRole("group", { name: "All of group" });
    await expect(allGroup).toBeVisible();
    await allGroup.getByText("Any of", { exact: true }).click();
    await addCondition(page, anyGroup, "Loyalty tier");
    const tiered = await countChangesFrom(page, people);
    expect(tiered).toBeLessThan(people);
    await addCondition(page, anyGroup, "Lifetime value");
    const widened = await countChangesFrom(page, tiered);
    expect(widened).toBeGreaterThan(tiered);
    expect(widened).toBeLessThanOrEqual(people);

    await expect(page.getByRole("region", { name: "Sample members" }).getByRole("link").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Reachable for marketing" })).toBeVisible();

    await page.getByRole("button", { name: "Save segment" }).click();
    await expect(page).toHaveURL(/\/segments\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText(widened.toLocaleString("en-US")).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Size over time" })).toBeVisible();
    const members = page.getByRole("region", { name: "Segment members" });
    await expect(members.getByRole("link").first()).toBeVisible();

    // A second computation makes a history of two points.
    await page.getByRole("button", { name: "Recompute now" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Recomputed/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("region", { name: "Size over time" }).getByRole("figure")).toBeVisible();

    // Export: only members reachable by email for marketing, each with an address.
    await page.getByRole("button", { name: "Export members" }).click();
    const dialog = page.getByRole("dialog", { name: "Export members" });
    await dialog.getByLabel("Channel").selectOption("email");
    await dialog.getByLabel("Purpose").selectOption("marketing");
    const href = await dialog.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    expect(href).toMatch(/channel=email&purpose=marketing/);
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("id,name,email,country,tier");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length - 1).toBeLessThanOrEqual(widened);
    for (const line of lines.slice(1)) expect(line).toContain("@");
  });

  test("a support agent can look at segments but not change them", async ({ page }) => {
    await signInAs(page, "support_agent");
    await page.goto("/segments");
    await expect(page.getByRole("link", { name: "New segment" })).toHaveCount(0);
    await page.getByRole("link", { name: "Gold & platinum members" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gold & platinum members" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Segment members" }).getByRole("link").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Recompute now" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Export members" })).toHaveCount(0);
    const response = await page.goto(`${page.url()}/edit`);
    expect(response?.status()).toBe(403);
    const created = await page.request.get("/segments/new");
    expect(created.status()).toBe(403);
  });

  test("the preview API counts a definition and names the bad part of a malformed one", async ({ page }) => {
    const api = await apiAs(page, "marketer");
    const good = await api.post("/api/v1/segments/preview", {
      data: { version: 1, root: { type: "group", op: "and", children: [{ type: "condition", field: "loyalty.tier", values: ["gold"] }] } },
    });
    expect(good.status()).toBe(200);
    const body = (await good.json()) as { count: number; reach: Record<string, number>; sample: { id: number }[] };
    expect(body.count).toBeGreaterThan(0);
    expect(body.reach.email).toBeLessThanOrEqual(body.count);
    expect(body.sample.length).toBeGreaterThan(0);

    for (const [definition, field] of [
      [{ version: 1, root: { type: "group", op: "and", children: [{ type: "group", op: "or", children: [{ type: "condition", field: "value.lifetime", min: 9, max: 1 }] }] } }, "root.children.0.children.0.max"],
      [{ version: 1, root: { type: "group", op: "and", children: [{ type: "condition", field: "profile.country", values: ["'; drop table party; --"] }] } }, "root.children.0.values.0"],
      [{ version: 1, root: { type: "group", op: "maybe", children: [] } }, "root.op"],
    ] as const) {
      const bad = await api.post("/api/v1/segments/preview", { data: definition });
      expect(bad.status()).toBe(400);
      const error = (await bad.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
      expect(error.error.code).toBe("invalid");
      expect(Object.keys(error.error.fields)).toContain(field);
      expect(error.error.message).toContain(field);
    }
    const notJson = await api.post("/api/v1/segments/preview", { headers: { "content-type": "application/json" }, data: "{nope" });
    expect(notJson.status()).toBe(400);

    // Members of a saved segment, paged.
    const list = await api.get("/api/v1/segments/1/members?limit=5");
    expect(list.status()).toBe(200);
    const first = (await list.json()) as { items: { id: number }[]; nextCursor: string | null };
    expect(first.items.length).toBe(5);
    const next = await api.get(`/api/v1/segments/1/members?limit=5&cursor=${encodeURIComponent(first.nextCursor!)}`);
    const second = (await next.json()) as { items: { id: number }[] };
    expect(second.items[0]!.id).toBeGreaterThan(first.items[4]!.id);
    expect((await api.get("/api/v1/segments/1/members?limit=5000")).status()).toBe(400);
    expect((await api.get("/api/v1/segments/1/members?cursor=bogus")).status()).toBe(400);
  });
});
