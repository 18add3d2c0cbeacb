import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

// The demo's key account (the seeder's heavy history) is the customer with the highest lifetime
// value: thousands of entries of every kind, and one note that holds markup.
// Read with the page's own session, whatever role it signed in as.
async function keyAccount(page: Page): Promise<{ id: number; name: string }> {
  const response = await page.request.get("/api/v1/parties?sort=lifetime_value&limit=1");
  expect(response.ok()).toBeTruthy();
  const body = (await response.json()) as { items: Array<{ id: number; displayName: string }> };
  const first = body.items[0]!;
  return { id: first.id, name: first.displayName };
}

const entries = (page: Page) => page.getByRole("region", { name: "Timeline" }).locator("li[data-kind]");

test.describe("customer 360", () => {
  test("every kind of data about the customer shows up on the page", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "cx_manager");
    const { id, name } = await keyAccount(page);
    await page.goto(`/customers/${id}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Platinum tier")).toBeVisible();
    const health = page.getByRole("region", { name: "Health score" });
    await expect(health.getByText(/^(Healthy|Needs attention|At risk)$/)).toBeVisible();
    for (const factor of ["Recency", "Purchase frequency", "Spend", "Latest NPS", "Recent complaints", "Open cases", "Engagement"]) {
      await expect(health.getByRole("list", { name: "Health score factors" }).getByText(factor, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Spend over time" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Communications by channel" })).toBeVisible();
    for (const heading of ["Demographics", "Subscriptions", "Loyalty tier history", "Segments"]) {
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    }
    await expect(page.getByText("Key account agreement signed")).toBeVisible();

    // Each group of the timeline filter finds entries of its own kinds.
    const groups: Array<[string, string[]]> = [
      ["Orders and payments", ["order", "order_status", "payment", "refund"]],
      ["Cases and communications", ["case", "interaction"]],
      ["Feedback", ["survey"]],
      ["Marketing", ["campaign"]],
      ["Web and app", ["web_session"]],
      ["Social, reviews and referrals", ["social", "review", "referral"]],
      ["Subscriptions and tiers", ["subscription", "tier"]],
      ["Consent", ["consent"]],
    ];
    for (const [label, kinds] of groups) {
      await page.goto(`/customers/${id}`);
      await page.getByRole("button", { name: label, exact: true }).click();
      await expect(page).toHaveURL(/types=/);
      await expect(page.getByRole("button", { name: label, exact: true })).toHaveAttribute("aria-pressed", "true");
      await expect(entries(page).first()).toBeVisible();
      const seen = await entries(page).evaluateAll((all) => all.map((li) => li.getAttribute("data-kind")));
      expect(seen.every((k) => kinds.includes(k ?? ""))).toBe(true);
    }

    const sections = page.getByRole("navigation", { name: "Customer sections" });
    await sections.getByRole("link", { name: "Orders", exact: true }).click();
    await expect(page).toHaveURL(/tab=orders/);
    await expect(page.getByRole("region", { name: "Orders" }).getByText(/KA-\d{6}/).first()).toBeVisible();
    await sections.getByRole("link", { name: "Feedback", exact: true }).click();
    await expect(page.getByRole("region", { name: "Survey responses" })).toBeVisible();
    await sections.getByRole("link", { name: "Cases", exact: true }).click();
    await expect(page.getByRole("region", { name: "Cases" }).getByText(/KA-C\d{5}/).first()).toBeVisible();
    await sections.getByRole("link", { name: "Privacy", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Consent history" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Privacy requests" })).toBeVisible();
  });

  test("the timeline is newest first across days, scrolls on without repeats, and filters", async ({ page }) => {
    await signInAs(page, "support_agent");
    const { id } = await keyAccount(page);
    await page.goto(`/customers/${id}`);
    // The server renders the first 20; the feed may already be fetching more to fill the screen.
    await expect.poll(async () => entries(page).count()).toBeGreaterThanOrEqual(20);

    // Day headings run backwards in time, and so do the entries under them.
    const days = await page.getByRole("region", { name: "Timeline" }).getByRole("heading", { level: 3 }).allTextContents();
    expect(days.length).toBeGreaterThan(1);
    const stamps = await entries(page).locator("time[datetime]").evaluateAll((all) => all.map((t) => t.getAttribute("datetime") ?? ""));
    expect(stamps.length).toBeGreaterThan(0);
    expect([...stamps].sort().reverse()).toEqual(stamps);

    // Scrolling to the end loads older pages; no entry appears twice.
    await page.getByRole("button", { name: "Load older entries" }).scrollIntoViewIfNeeded();
    await expect.poll(async () => entries(page).count()).toBeGreaterThanOrEqual(70);
    const before = await entries(page).count();
    await page.getByRole("button", { name: "Load older entries" }).click();
    await expect.poll(async () => entries(page).count()).toBeGreaterThanOrEqual(before + 50);
    const keys = await entries(page).evaluateAll((all) => all.map((li) => li.id));
    expect(new Set(keys).size).toBe(keys.length);
    const allStamps = await entries(page).locator("time[datetime]").evaluateAll((all) => all.map((t) => t.getAttribute("datetime") ?? ""));
    expect([...allStamps].sort().reverse()).toEqual(allStamps);

    // Channel and words, kept in the URL.
    await page.getByLabel("Channel", { exact: true }).selectOption({ label: "Email" });
    await expect(page).toHaveURL(/channels=email/);
    await expect(entries(page).first()).toBeVisible();
    await page.getByLabel("Search this timeline").fill("pallet");
    await page.getByLabel("Search this timeline").press("Enter");
    await expect(page).toHaveURL(/tq=pallet/);
    await expect(entries(page).first()).toBeVisible();
    const texts = await entries(page).allTextContents();
    expect(texts.every((t) => /pallet/i.test(t))).toBe(true);
    await page.reload();
    await expect(page.getByLabel("Search this timeline")).toHaveValue("pallet");
    await page.getByLabel("Search this timeline").fill("zzzz-nothing-matches");
    await page.getByLabel("Search this timeline").press("Enter");
    await expect(page.getByText("No entries match these filters")).toBeVisible();
  });

  test("an entry expands to its details and has a link that opens the timeline at it", async ({ page, browser }) => {
    await signInAs(page, "cx_manager");
    const { id } = await keyAccount(page);
    await page.goto(`/customers/${id}?types=commerce`);
    const order = page.locator('li[data-kind="order"]').first();
    await order.getByRole("button", { name: /^Order / }).click();
    await expect(order.getByText("Items", { exact: true })).toBeVisible();
    await expect(order.getByText("Status history", { exact: true })).toBeVisible();
    const key = await order.getAttribute("id");

    const other = await browser.newPage();
    await signInAs(other, "cx_manager");
    await other.goto(`/customers/${id}?item=${key}`);
    await expect(other.getByText("Showing the timeline from a linked entry")).toBeVisible();
    const first = other.getByRole("region", { name: "Timeline" }).locator("li[data-kind]").first();
    await expect(first).toHaveAttribute("id", key!);
    await expect(first.getByText("Items", { exact: true })).toBeVisible();
    await other.getByRole("link", { name: "Back to the latest" }).click();
    await expect(other).not.toHaveURL(/item=/);
    await other.close();
  });

  test("markup in notes is shown as text", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signInAs(page, "support_agent");
    const { id } = await keyAccount(page);
    await page.goto(`/customers/${id}?types=service`);
    const note = page.getByText("Pasted from their portal: <b>Error 500</b>", { exact: false });
    await expect(note.first()).toBeVisible();
    await note.first().locator("xpath=ancestor::li[1]").getByRole("button").first().click();
    await expect(page.getByText(/<script>alert\('xss'\)<\/script>/).first()).toBeVisible();
    expect(await page.locator("li[data-kind] b, li[data-kind] img[src='x'], li[data-kind] script").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("a marketer sees masked contact points on the 360", async ({ page, browser }) => {
    await signInAs(page, "admin");
    const { id } = await keyAccount(page);
    const full = (await (await page.request.get(`/api/v1/parties/${id}`)).json()) as { contacts: { emails: Array<{ address: string }> } };
    const address = full.contacts.emails[0]!.address;
    expect(address).toContain("@");

    const marketer = await browser.newPage();
    await signInAs(marketer, "marketer");
    const response = await marketer.goto(`/customers/${id}`);
    await expect(marketer.getByText("Contact details are masked for your role.")).toBeVisible();
    const html = (await response!.text()) + (await marketer.content());
    expect(html).not.toContain(address);
    await marketer.close();
  });

  test("unknown and malformed ids give the not-found page; the API answers 404 and 400", async ({ page }) => {
    await signInAs(page, "cx_manager");
    for (const bad of ["999999999", "abc", "1e3", "-1", "0", "12%20or%201=1", "99999999999999999999"]) {
      // The page streams, so the status is already sent; what the user sees is the not-found page.
      await page.goto(`/customers/${bad}`);
      await expect(page.getByRole("heading", { name: "Customer not found" })).toBeVisible();
    }
    const { id } = await keyAccount(page);
    await page.goto(`/customers/${id}?types=bogus&item=order-999999999`);
    await expect(page.getByText(/Some timeline filters were not understood/)).toBeVisible();
    await expect(page.getByText(/That entry is not on this customer’s timeline/)).toBeVisible();
    await expect(entries(page).first()).toBeVisible();

    const api = page.request;
    expect((await api.get("/api/v1/parties/abc")).status()).toBe(404);
    expect((await api.get("/api/v1/parties/999999999")).status()).toBe(404);
    const badTypes = await api.get(`/api/v1/parties/${id}/timeline?types=drop%20table&cursor=xyz`);
    expect(badTypes.status()).toBe(400);
    const body = (await badTypes.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(body.error.fields).sort()).toEqual(["cursor", "types"]);
    const page1 = (await (await api.get(`/api/v1/parties/${id}/timeline?limit=5&types=service`)).json()) as { items: Array<{ key: string; kind: string }>; nextCursor: string };
    expect(page1.items).toHaveLength(5);
    expect(page1.items.every((i) => i.kind === "case" || i.kind === "interaction")).toBe(true);
    const page2 = (await (await api.get(`/api/v1/parties/${id}/timeline?limit=5&types=service&cursor=${page1.nextCursor}`)).json()) as { items: Array<{ key: string }> };
    expect(page2.items.map((i) => i.key)).not.toContain(page1.items[0]!.key);
    const detail = await api.get(`/api/v1/parties/${id}/timeline/${page1.items[0]!.key}`);
    expect(detail.ok()).toBeTruthy();
    expect((await api.get(`/api/v1/parties/${id}/timeline/order-0`)).status()).toBe(404);
  });
});
