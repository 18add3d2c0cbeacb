import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

interface Row { id: number; displayName: string; email: string | null; phone: string | null; kind: string }

/** A US person with an email and a phone, found through the directory API. */
async function someone(request: APIRequestContext): Promise<Row> {
  const response = await request.get("/api/v1/parties?country=US&kind=person&limit=100&sort=created");
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: Row[] };
  const row = items.find((r) => r.email && r.phone?.startsWith("+1") && r.displayName.split(" ").every((w) => w.length >= 5));
  if (!row) throw new Error("no suitable person in the demo data");
  return row;
}

async function openPalette(page: Page) {
  await page.keyboard.press("Control+k");
  const input = page.getByRole("combobox", { name: "Search customers, orders and cases" });
  await expect(input).toBeFocused();
  return input;
}

async function expectFound(page: Page, query: string, name: string) {
  const input = await openPalette(page);
  await input.fill(query);
  const customers = page.getByRole("group", { name: "Customers" });
  await expect(customers.getByRole("option", { name: new RegExp(name) }).first()).toBeVisible();
  await page.keyboard.press("Escape");
}

test.describe("search", () => {
  test("finds a caller by every phone format, an email prefix and a typo", async ({ page }) => {
    await signInAs(page, "support_agent");
    const person = await someone(page.request);
    const d = person.phone!.replace(/\D/g, "").slice(1); // national digits
    const formats = [`(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, `+1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, d, d.slice(-4)];
    for (const q of formats) await expectFound(page, q, person.displayName);
    await expectFound(page, person.email!.slice(0, 5), person.displayName);
    const [first, last] = person.displayName.toLowerCase().split(" ") as [string, string];
    const typo = `${first} ${last.slice(0, 1)}${last[2]}${last[1]}${last.slice(3)}`;
    await expectFound(page, typo, person.displayName);
  });

  test("is used from the keyboard: arrows and Enter open the customer", async ({ page }) => {
    await signInAs(page, "support_agent");
    const person = await someone(page.request);
    const input = await openPalette(page);
    await input.fill(person.email!);
    const option = page.getByRole("option", { name: new RegExp(person.displayName) }).first();
    await expect(option).toBeVisible();
    await expect(option).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/customers/${person.id}$`));
    await expect(page.getByRole("heading", { level: 1, name: person.displayName })).toBeVisible();
  });

  test("the API answers the same search as JSON, exact identifiers first", async ({ page }) => {
    await signInAs(page, "cx_manager");
    const person = await someone(page.request);
    const response = await page.request.get(`/api/v1/search?q=${encodeURIComponent(person.phone!)}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.customers[0]).toMatchObject({ id: person.id, match: "phone", phone: person.phone });
  });

  test("hostile input gets normal results or a 400, never a 500", async ({ page }) => {
    await signInAs(page, "support_agent");
    const cases: [string, number][] = [
      ["'; drop table party; --", 200],
      ["%_\\", 200],
      ["a".repeat(5000), 400],
      ["abc\u0000def", 400],
      ["", 400],
      ["\u202e\u0301😀", 200],
    ];
    for (const [q, status] of cases) {
      const response = await page.request.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect(response.status(), JSON.stringify(q)).toBe(status);
      if (status === 400) expect((await response.json()).error.fields).toHaveProperty("q");
    }
    expect((await page.request.get("/api/v1/search?q=smith&limit=9999")).status()).toBe(400);
    // The search page shows the problem instead of failing.
    await page.goto(`/search?q=${encodeURIComponent("x".repeat(300))}`);
    await expect(page.getByRole("alert").filter({ hasText: /at most/i })).toBeVisible();
  });
});

test.describe("masking", () => {
  test("a marketer's pages, payloads and search hold no full email or phone", async ({ browser }) => {
    const manager = await browser.newPage();
    await signInAs(manager, "cx_manager");
    const person = await someone(manager.request);
    await manager.close();

    const page = await browser.newPage();
    await signInAs(page, "marketer");
    const fullEmail = /[A-Za-z0-9._%+-]{2,}@[A-Za-z0-9-]+\.[A-Za-z]/;
    const fullPhone = /\+\d{8,}/;
    for (const path of ["/customers", `/customers/${person.id}`, `/search?q=${encodeURIComponent(person.email!)}`]) {
      // The HTML and the RSC payload the client router fetches.
      for (const headers of [{}, { rsc: "1" }] as Record<string, string>[]) {
        // The search page may repeat what the marketer typed; nothing else.
        const body = (await (await page.request.get(path, { headers })).text()).replaceAll(person.email!, "");
        expect(body.match(fullEmail)?.[0] ?? null, path).toBeNull();
        expect(body.match(fullPhone)?.[0] ?? null, path).toBeNull();
      }
    }
    for (const path of ["/api/v1/parties?limit=200", `/api/v1/search?q=${encodeURIComponent(person.email!)}`]) {
      const body = (await (await page.request.get(path)).text()).replaceAll(person.email!, "");
      expect(body.match(fullEmail)?.[0] ?? null, path).toBeNull();
      expect(body.match(fullPhone)?.[0] ?? null, path).toBeNull();
    }
    // Found by the full address they already know, shown masked; not by a prefix.
    const exact = await (await page.request.get(`/api/v1/search?q=${encodeURIComponent(person.email!)}`)).json();
    expect(exact.customers[0]).toMatchObject({ id: person.id, match: "email" });
    expect(exact.customers[0].email).toContain("•••");
    const prefix = await (await page.request.get(`/api/v1/search?q=${encodeURIComponent(person.email!.slice(0, 6))}`)).json();
    expect(prefix.customers.filter((c: { match: string }) => c.match === "email_prefix")).toEqual([]);

    await page.goto("/customers");
    await expect(page.getByText("•••").first()).toBeVisible();
    await page.close();
  });
});
