import { expect, test as base, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "cx360-demo";
export const DEMO_USERS = {
  admin: { email: "admin@example.com", roleLabel: "Admin" },
  cx_manager: { email: "manager@example.com", roleLabel: "CX manager" },
  support_agent: { email: "agent@example.com", roleLabel: "Support agent" },
  marketer: { email: "marketer@example.com", roleLabel: "Marketer" },
} as const;
export type DemoRole = keyof typeof DEMO_USERS;

/** The sign-in page as a user sees it. */
export class SignInPage {
  constructor(readonly page: Page) {}
  async goto() {
    await this.page.goto("/sign-in");
  }
  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }
}

export async function signInAs(page: Page, role: DemoRole) {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO_USERS[role].email);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Signs in through the page and returns an API client that carries the session cookie. */
export async function apiAs(page: Page, role: DemoRole): Promise<APIRequestContext> {
  await signInAs(page, role);
  return page.request;
}

export const test = base;
export { expect };
