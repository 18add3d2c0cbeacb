import type { Browser, Page } from "@playwright/test";
import { DEMO_USERS, expect, SignInPage, signInAs, test, type DemoRole } from "./fixtures";

const NAV = (page: Page) => page.getByRole("navigation", { name: "Main" });

const SHELL: Record<DemoRole, { visible: string[]; hidden: string[] }> = {
  admin: { visible: ["Overview", "Customers", "Cases", "Feedback", "Segments", "Settings"], hidden: [] },
  cx_manager: { visible: ["Overview", "Customers", "Cases", "Feedback", "Segments"], hidden: ["Settings"] },
  support_agent: { visible: ["Overview", "Customers", "Cases", "Feedback", "Segments"], hidden: ["Settings"] },
  marketer: { visible: ["Overview", "Customers", "Feedback", "Segments"], hidden: ["Cases", "Settings"] },
};

for (const role of Object.keys(DEMO_USERS) as DemoRole[]) {
  test(`${role} signs in and sees their shell`, async ({ page }) => {
    await signInAs(page, role);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner")).toContainText(DEMO_USERS[role].roleLabel);
    for (const item of SHELL[role].visible) await expect(NAV(page).getByRole("link", { name: item })).toBeVisible();
    for (const item of SHELL[role].hidden) await expect(NAV(page).getByRole("link", { name: item })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}

test("a wrong password is refused with a clear message", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("agent@example.com", "not-the-password");
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel("Email")).toHaveValue("agent@example.com");
});

test("repeated failures are rate-limited", async ({ page }) => {
  const signIn = new SignInPage(page);
  const email = `nobody-${Date.now()}@example.com`;
  await signIn.goto();
  for (let i = 0; i < 5; i++) {
    // Wait for this attempt's answer (the message stays up from the previous one) and for the
    // form to reset its password field before typing again.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/sign-in")),
      signIn.signIn(email, `wrong-${i}`),
    ]);
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveValue("");
  }
  await signIn.signIn(email, "wrong-again");
  await expect(page.getByText(/Too many failed attempts/)).toBeVisible();
});

test("a deep link survives sign-in", async ({ page }) => {
  await page.goto("/segments");
  await expect(page).toHaveURL(/\/sign-in/);
  await new SignInPage(page).signIn("manager@example.com");
  await expect(page).toHaveURL(/\/segments$/);
});

test("signing out ends the session, including copies of its cookie", async ({ page, browser }) => {
  await signInAs(page, "cx_manager");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/customers");
  await expect(page).toHaveURL(/\/sign-in/);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const response = await replay.request.get("/api/v1/me");
  expect(response.status()).toBe(401);
  await replay.close();
});

test("a wrong role gets a 403 page and a 403 from the API", async ({ page }) => {
  await signInAs(page, "marketer");
  const response = await page.goto("/settings/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("@example.com")).toHaveCount(0);
  await page.goto("/cases");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/cases/i);
});

async function signedInContext(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return { context, page };
}

test("an admin creates a user; disabling or re-roling them ends their session at once", async ({ page, browser }) => {
  const email = `temp-${Date.now()}@example.com`;
  const password = "a-long-enough-password";
  await signInAs(page, "admin");
  await page.goto("/settings/users");
  const form = page.getByRole("region", { name: "Create a user" }).or(page.locator("form").filter({ has: page.getByRole("button", { name: "Create user" }) }));
  await form.getByLabel("Name").fill("Temp Agent");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("support_agent");
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  // Role change: their old session stops working.
  const first = await signedInContext(browser, email, password);
  expect((await first.page.request.get("/api/v1/me")).status()).toBe(200);
  await page.getByLabel("Role for Temp Agent").selectOption("marketer");
  await page.getByRole("button", { name: "Save role for Temp Agent" }).click();
  await expect(page.getByRole("status").filter({ hasText: /role/i })).toBeVisible();
  expect((await first.page.request.get("/api/v1/me")).status()).toBe(401);
  await first.context.close();

  // Disabling: same, and they cannot sign in again.
  const second = await signedInContext(browser, email, password);
  expect(await (await second.page.request.get("/api/v1/me")).json()).toMatchObject({ role: "marketer" });
  await page.getByRole("button", { name: "Disable Temp Agent" }).click();
  await expect(page.getByRole("button", { name: "Enable Temp Agent" })).toBeVisible();
  expect((await second.page.request.get("/api/v1/me")).status()).toBe(401);
  await second.page.goto("/");
  await expect(second.page).toHaveURL(/\/sign-in/);
  await new SignInPage(second.page).signIn(email, password);
  await expect(second.page.getByText(/disabled/i)).toBeVisible();
  await second.context.close();
});

test("an admin creates an API key that works once shown, and stops when revoked", async ({ page, request }) => {
  await signInAs(page, "admin");
  await page.goto("/settings/api-keys");
  const name = `Shop webhook ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Role").selectOption("support_agent");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByLabel("New API key").inputValue();
  expect(key).toMatch(/^cx360_/);

  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${key}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ kind: "api_key", role: "support_agent", name });
  const parties = await request.get("/api/v1/parties?limit=2", { headers: { authorization: `Bearer ${key}` } });
  expect((await parties.json()).items).toHaveLength(2);
  expect((await request.get("/api/v1/audit", { headers: { authorization: `Bearer ${key}` } })).status()).toBe(403);

  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);
  await page.getByRole("button", { name: `Revoke key ${name}` }).click();
  await page.getByRole("button", { name: `Confirm revoke key ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) }).getByText("Revoked")).toBeVisible();
  expect((await request.get("/api/v1/me", { headers: { authorization: `Bearer ${key}` } })).status()).toBe(401);
});

test("admin actions land in the audit log", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/settings/audit");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
});

test("the theme can be switched to dark and back", async ({ page }) => {
  await signInAs(page, "support_agent");
  const theme = page.getByRole("group", { name: "Theme" });
  await theme.getByRole("button", { name: "Dark theme" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await theme.getByRole("button", { name: "Light theme" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
});
