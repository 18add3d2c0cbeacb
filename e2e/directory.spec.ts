import { expect, signInAs, test } from "./fixtures";

/** The rows' text once the page of `count` rows has loaded. */
async function rowNames(page: import("@playwright/test").Page, count = 25) {
  const rows = page.getByRole("region", { name: "Customers" }).locator("tbody tr");
  await expect(rows).toHaveCount(count);
  return rows.evaluateAll((all) => all.map((r) => r.textContent ?? ""));
}

test.describe("customer directory", () => {
  test("a filtered, sorted, paged view survives reload and a copied link", async ({ page, browser }) => {
    await signInAs(page, "cx_manager");
    await page.goto("/customers?country=US&sort=lifetime_value&size=25");
    await expect(page.getByRole("link", { name: /Remove filter Country/ })).toBeVisible();
    const header = page.getByRole("columnheader", { name: /Lifetime value/ });
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await expect(page.getByText(/^\d[\d,]* customers$/)).toBeVisible();
    const firstPage = await rowNames(page);
    expect(firstPage).toHaveLength(25);

    const firstRow = page.getByRole("region", { name: "Customers" }).locator("tbody tr").first();
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(firstRow).not.toHaveText(firstPage[0]!);
    const second = await rowNames(page);
    expect(second[0]).not.toBe(firstPage[0]);
    await page.reload();
    expect(await rowNames(page)).toEqual(second);

    const link = page.url();
    const other = await browser.newPage();
    await signInAs(other, "cx_manager");
    await other.goto(link);
    expect(await rowNames(other)).toEqual(second);
    await other.close();

    await page.goBack();
    await expect(page).not.toHaveURL(/cursor=/);
    await expect(firstRow).toHaveText(firstPage[0]!);
    expect(await rowNames(page)).toEqual(firstPage);
  });

  test("filters, sort, columns and page size are set from the screen", async ({ page }) => {
    await signInAs(page, "cx_manager");
    await page.goto("/customers");
    await page.getByRole("button", { name: /^Filters/ }).click();
    const sheet = page.getByRole("dialog", { name: "Filter customers" });
    await sheet.getByRole("group", { name: "Tier" }).getByLabel("Gold").check();
    await sheet.getByLabel("Open case").selectOption({ label: "No" });
    await sheet.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/tier=gold/);
    await expect(page).toHaveURL(/open_case=no/);
    await page.getByRole("link", { name: "Latest NPS" }).click();
    await expect(page).toHaveURL(/sort=nps/);
    await page.getByLabel("Rows per page").selectOption("25");
    await expect(page).toHaveURL(/size=25/);
    await page.getByRole("button", { name: "Columns" }).click();
    await page.getByRole("group", { name: "Columns" }).getByRole("checkbox", { name: "Email", exact: true }).uncheck();
    await expect(page).toHaveURL(/cols=/);
    await expect(page.getByRole("columnheader", { name: "Email" })).toHaveCount(0);
    await page.getByRole("link", { name: /Remove filter Tier/ }).click();
    await expect(page).not.toHaveURL(/tier=/);
  });

  test("a saved view comes back after reload", async ({ page }) => {
    await signInAs(page, "cx_manager");
    await page.goto("/customers?lifecycle=lapsed&sort=last_interaction");
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("button", { name: "Save current view…" }).click();
    const dialog = page.getByRole("dialog", { name: "Save current view" });
    await dialog.getByLabel("Name").fill("Lapsed, recent first");
    const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/customers"));
    await dialog.getByRole("button", { name: "Save view" }).click();
    await saved;
    await page.goto("/customers");
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("link", { name: "Lapsed, recent first" }).click();
    await expect(page).toHaveURL(/lifecycle=lapsed/);
    await expect(page).toHaveURL(/sort=last_interaction/);
  });

  test("selected customers are added to a new static segment", async ({ page }) => {
    await signInAs(page, "marketer");
    await page.goto("/customers?country=DE&size=25");
    await page.getByLabel("Select all on this page").check();
    await expect(page.getByRole("region", { name: "Selection" })).toContainText("25");
    await page.getByRole("button", { name: "Add to static segment" }).click();
    const dialog = page.getByRole("dialog", { name: "Add to static segment" });
    await dialog.getByLabel("Segment").selectOption({ label: "New segment…" });
    await dialog.getByLabel("New segment name").fill("German sample");
    const added = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/customers"));
    await dialog.getByRole("button", { name: "Add customers" }).click();
    await added;
    await expect(page.getByRole("status").filter({ hasText: /Added 25 to “German sample”/ })).toBeVisible();
    await page.goto("/segments");
    await expect(page.getByRole("row", { name: /German sample/ })).toContainText("25");
  });

  test("export is the current view as CSV; marketers get only consented contacts; agents may not export", async ({ page, browser }) => {
    await signInAs(page, "cx_manager");
    const full = await page.request.get("/customers/export?country=US&sort=lifetime_value&cols=name,email,lifetime_value");
    expect(full.status()).toBe(200);
    expect(full.headers()["content-type"]).toContain("text/csv");
    expect(full.headers()["content-disposition"]).toMatch(/attachment; filename="customers-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await full.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("id,name,kind,email,lifetime_value");
    const api = await (await page.request.get("/api/v1/parties?country=US&sort=lifetime_value&limit=200")).json();
    expect(lines.length - 1).toBeGreaterThan(10);
    expect(lines[1]!.split(",")[0]).toBe(String(api.items[0].id));
    const values = lines.slice(1).map((l) => Number(l.split(",").at(-1)));
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeLessThanOrEqual(values[i - 1]!);
    const fullEmails = lines.slice(1).filter((l) => l.split(",")[3]).length;

    const marketer = await browser.newPage();
    await signInAs(marketer, "marketer");
    const masked = (await (await marketer.request.get("/customers/export?country=US&sort=lifetime_value&cols=name,email,lifetime_value")).text())
      .replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(masked).toHaveLength(lines.length);
    const consented = masked.slice(1).filter((l) => l.split(",")[3]).length;
    expect(consented).toBeGreaterThan(0);
    expect(consented).toBeLessThan(fullEmails);
    expect(masked.join("\n")).not.toContain("•");

    await marketer.close();
    const agent = await browser.newPage();
    await signInAs(agent, "support_agent");
    expect((await agent.request.get("/customers/export")).status()).toBe(403);
    await agent.goto("/customers");
    await expect(agent.getByRole("region", { name: "Customers" })).toBeVisible();
    await expect(agent.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
    await agent.close();
  });

  test("bad filters get a message naming them, never a 500", async ({ page }) => {
    await signInAs(page, "cx_manager");
    const response = await page.goto("/customers?tier=diamond&ltv_min=abc&city=%00");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "This address has filters we cannot use" })).toBeVisible();
    await expect(page.getByText("tier", { exact: false }).first()).toBeVisible();
    for (const path of [
      "/api/v1/parties?tier=diamond",
      "/api/v1/parties?sort=id;drop",
      "/api/v1/parties?city=" + "x".repeat(3000),
      "/api/v1/parties?created_from=2026-02-31",
    ]) {
      const r = await page.request.get(path);
      expect(r.status(), path).toBe(400);
    }
    const sqlish = await page.request.get(`/api/v1/parties?city=${encodeURIComponent("' or 1=1 --")}`);
    expect(sqlish.status()).toBe(200);
    expect((await sqlish.json()).items).toEqual([]);
  });
});
