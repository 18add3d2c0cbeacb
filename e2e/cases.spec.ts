import { readFileSync } from "node:fs";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, signInAs, test, type DemoRole } from "./fixtures";

interface Row { id: number; displayName: string; phone: string | null }

/** A person with a phone, found through the directory API with the page's session. */
async function caller(request: APIRequestContext): Promise<Row> {
  const response = await request.get("/api/v1/parties?kind=person&country=GB&limit=100&sort=created");
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: Row[] };
  const row = items.find((r) => r.phone && r.displayName.split(" ").length === 2);
  if (!row) throw new Error("no person with a phone in the demo data");
  return row;
}

async function newSession(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, role);
  return page;
}

/** Opens a fresh case for the customer through the form and lands on its page; returns its number. */
async function openCase(page: Page, partyId: number, subject: string): Promise<string> {
  await page.goto(`/cases/new?party=${partyId}`);
  await page.getByLabel("Type").selectOption("complaint");
  await page.getByLabel("Category").selectOption("delivery");
  await page.getByLabel("Subject").fill(subject);
  await page.getByRole("button", { name: "Open case" }).click();
  await expect(page).toHaveURL(/\/cases\/CASE-\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

test.describe("support workspace", () => {
  test("an agent finds a caller by phone, opens a case, logs the call, resolves it and sees both on the timeline", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "support_agent");
    const person = await caller(page.request);

    // The caller reads out their number in their own way: national digits with spaces.
    const digits = person.phone!.replace(/\D/g, "");
    await page.keyboard.press("Control+k");
    await page.getByRole("combobox", { name: "Search customers, orders and cases" }).fill(`0${digits.slice(2, 6)} ${digits.slice(6)}`);
    await page.getByRole("group", { name: "Customers" }).getByRole("option", { name: new RegExp(person.displayName) }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: person.displayName })).toBeVisible();

    await page.getByRole("link", { name: "New case" }).click();
    await expect(page.getByText(`#${person.id}`)).toBeVisible();
    const subject = `Parcel missing ${Date.now()}`;
    await page.getByLabel("Type").selectOption("complaint");
    await page.getByLabel("Category").selectOption("delivery");
    await page.getByLabel("Subject").fill(subject);
    await page.getByRole("button", { name: "Open case" }).click();
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    const caseNumber = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.getByLabel("Status")).toHaveValue("new");

    // "l" logs a call on this case.
    await page.keyboard.press("l");
    const log = page.getByRole("dialog", { name: "Log interaction" });
    await expect(log.getByLabel("Channel")).toHaveValue("call");
    await log.getByLabel("Outbound (we contacted them)").check();
    await log.getByLabel("Summary").fill("Called back: the courier will redeliver tomorrow");
    await log.getByLabel("Duration (minutes)").fill("6");
    await log.getByLabel("Outcome").selectOption("reached");
    await log.getByRole("button", { name: "Log interaction" }).click();
    await expect(log).toBeHidden();
    const conversation = page.getByRole("region", { name: "Conversation" });
    await expect(conversation.getByText("Called back: the courier will redeliver tomorrow")).toBeVisible();
    // The first reply opens the case and stamps the first response.
    await expect(page.getByLabel("Status")).toHaveValue("open");

    // "r" resolves it.
    await page.keyboard.press("r");
    const resolve = page.getByRole("dialog", { name: /Resolve/ });
    await resolve.getByLabel("Resolution code").selectOption("redelivered");
    await resolve.getByLabel("Resolution summary").fill("Redelivered by courier");
    await resolve.getByRole("button", { name: "Resolve case" }).click();
    await expect(resolve).toBeHidden();
    await expect(page.getByText("Redelivered by courier").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Reopen/ })).toBeVisible();

    // Both are on the customer's timeline at once.
    await page.goto(`/customers/${person.id}`);
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByText(subject).first()).toBeVisible();
    await expect(timeline.getByText("Called back: the courier will redeliver tomorrow").first()).toBeVisible();

    // The cases tab leads back to the case.
    await page.goto(`/customers/${person.id}?tab=cases`);
    await page.getByRole("link", { name: new RegExp(`${caseNumber}|${subject}`) }).first().click();
    await expect(page).toHaveURL(new RegExp(`/cases/${caseNumber}$`));
  });

  test("the queue filters live in the URL and lead to the case", async ({ page }) => {
    await signInAs(page, "support_agent");
    await page.goto("/cases?priority=high,urgent&sort=oldest");
    const table = page.getByRole("table");
    await expect(table).toBeVisible();
    const priorities = await table.locator("tbody tr td:nth-child(4)").allInnerTexts();
    expect(priorities.length).toBeGreaterThan(0);
    for (const p of priorities) expect(p.trim()).toMatch(/^(High|Urgent)$/);
    await page.reload();
    await expect(page).toHaveURL(/priority=high%2Curgent|priority=high,urgent/);
    await table.locator("tbody tr").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/cases\/CASE-\d+/);
    await expect(page.getByRole("link", { name: /Cases/ }).first()).toBeVisible();
  });

  test("a detractor's follow-up is claimed and closed", async ({ page }) => {
    await signInAs(page, "support_agent");
    await page.goto("/cases/follow-ups");
    const rows = page.getByRole("table").locator("tbody tr");
    const firstCustomer = (await rows.first().getByRole("link").first().innerText()).trim();
    await rows.first().getByRole("button", { name: /^Claim/ }).click();
    // The action's own confirmation ("Not claimed yet" on other rows would match a looser pattern
    // at once, and leaving before the action finished would cancel it).
    await expect(page.getByRole("status").getByText("Follow-up claimed: it is yours now.")).toBeVisible();

    await page.goto("/cases/follow-ups?view=mine");
    const mine = page.getByRole("table").locator("tbody tr").filter({ hasText: firstCustomer }).first();
    await mine.getByRole("button", { name: /^Close…/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Outcome").selectOption("reached");
    await dialog.getByLabel("Note (optional)").fill("Apologised; <b>voucher</b> sent");
    await dialog.getByRole("button", { name: "Close follow-up" }).click();
    await expect(dialog).toBeHidden();

    await page.goto("/cases/follow-ups?view=closed");
    const closed = page.getByRole("table").locator("tbody tr").filter({ hasText: firstCustomer }).first();
    await expect(closed.getByText("Apologised; <b>voucher</b> sent")).toBeVisible();
  });

  test("two agents saving the same case: the second is told, and nothing is overwritten", async ({ page, browser }) => {
    await signInAs(page, "support_agent");
    const person = await caller(page.request);
    const caseNumber = await openCase(page, person.id, `Concurrent ${Date.now()}`);

    const other = await newSession(browser, "cx_manager");
    await other.goto(`/cases/${caseNumber}`);
    await expect(other.getByLabel("Priority")).toHaveValue("normal");

    await page.getByLabel("Priority").selectOption("urgent");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Case updated.")).toBeVisible();

    await other.getByLabel("Status").selectOption("pending");
    await other.getByRole("button", { name: "Save changes" }).click();
    await expect(other.getByRole("alert").filter({ hasText: "changed" })).toContainText("since you opened it");
    await other.getByRole("button", { name: "Reload case" }).click();
    await expect(other.getByText("Urgent priority")).toBeVisible();
    await other.context().close();

    await page.reload();
    await expect(page.getByLabel("Priority")).toHaveValue("urgent");
    await expect(page.getByLabel("Status")).toHaveValue("new");
  });

  test("invalid input shows errors at the fields and an outbound contact without consent is refused with the reason", async ({ page }) => {
    await signInAs(page, "support_agent");
    const person = await caller(page.request);
    await page.goto(`/cases/new?party=${person.id}`);
    await page.getByRole("button", { name: "Open case" }).click();
    await expect(page.getByText("Pick inquiry, complaint or request.")).toBeVisible();
    await expect(page.getByText("Say what the case is about.")).toBeVisible();
    await expect(page).toHaveURL(/\/cases\/new/);

    await page.goto(`/customers/${person.id}`);
    await page.getByRole("button", { name: "Log interaction" }).click();
    const log = page.getByRole("dialog", { name: "Log interaction" });
    await log.getByLabel("Channel").selectOption("call");
    await log.getByLabel("Summary").fill("Tried to reach them");
    await log.getByRole("button", { name: "Log interaction" }).click();
    await expect(log.getByText("How long was the call?")).toBeVisible();
    await expect(log.getByText("Pick how the call went.")).toBeVisible();

    // Marketing by chat can never have consent on record: refused, and the dialog says why.
    await log.getByLabel("Channel").selectOption("chat");
    await log.getByLabel("Outbound (we contacted them)").check();
    await log.getByLabel("Marketing").check();
    await log.getByLabel("Summary").fill("Told them about the spring sale");
    await log.getByRole("button", { name: "Log interaction" }).click();
    await expect(log.getByRole("alert")).toContainText("Marketing by chat is not allowed");
  });

  test("a marketer sees no case controls, and a direct POST to each action is refused and changes nothing", async ({ page, browser }) => {
    const agent = await newSession(browser, "support_agent");
    const person = await caller(agent.request);
    const caseNumber = await openCase(agent, person.id, `Guarded ${Date.now()}`);
    const caseId = String(Number(caseNumber.slice(5)) - 100000);
    await agent.context().close();

    await signInAs(page, "marketer");
    await page.goto(`/customers/${person.id}`);
    await expect(page.getByRole("heading", { level: 1, name: person.displayName })).toBeVisible();
    await expect(page.getByRole("button", { name: "Log interaction" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New case" })).toHaveCount(0);
    expect((await page.request.get(`/cases/${caseNumber}`)).status()).toBe(403);

    const before = await (await page.request.get(`/api/v1/parties/${person.id}/timeline?limit=200`)).text();
    // Server actions are public POST endpoints: call each one by its id, as a script would.
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
      node: Record<string, { filename: string; exportedName: string }>;
    };
    const actions = Object.entries(manifest.node).filter(([, a]) => a.filename === "app/(dashboard)/cases/_lib/actions.ts");
    expect(actions.map(([, a]) => a.exportedName).sort()).toEqual([
      "addCaseNoteAction", "claimFollowUpAction", "closeFollowUpAction", "createCaseAction", "logInteractionAction",
      "reopenCaseAction", "resolveCaseAction", "updateCaseAction",
    ]);
    const fields: Record<string, string> = {
      partyId: String(person.id), caseId, version: "1", kind: "complaint", category: "delivery", priority: "urgent", channel: "email",
      subject: "Injected", description: "", assigneeId: "", status: "pending", resolutionCode: "duplicate", resolution: "x", reason: "x",
      note: "Injected note", direction: "inbound", purpose: "service", summary: "Injected interaction", durationMinutes: "", outcome: "",
      followUpId: "1",
    };
    for (const [id, action] of actions) {
      const multipart: Record<string, string> = { "0": JSON.stringify([null, "$K1"]) };
      for (const [k, v] of Object.entries(fields)) multipart[`_1_${k}`] = v;
      const response = await page.request.post(`/cases/${caseNumber}`, { headers: { "next-action": id, accept: "text/x-component" }, multipart });
      expect(response.status(), action.exportedName).toBeLessThan(500);
      expect(await response.text(), action.exportedName).toContain("Your role does not allow this.");
    }
    expect(await (await page.request.get(`/api/v1/parties/${person.id}/timeline?limit=200`)).text()).toBe(before);
  });

  test("a case number that does not exist lands on the not-found page; imported numbers open", async ({ page }) => {
    await signInAs(page, "support_agent");
    // The key account's cases came from another system and keep its numbers.
    await page.goto("/cases/KA-C00002");
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Case not found");
    await expect(page.getByText("KA-C00002").first()).toBeVisible();
    await page.goto("/cases/CASE-999999999");
    await expect(page.getByRole("heading", { name: "Case not found" })).toBeVisible();
    await page.goto("/cases/not-a-case");
    await expect(page.getByRole("heading", { name: "Case not found" })).toBeVisible();
  });
});
