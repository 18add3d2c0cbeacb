import { encode } from "next-auth/jwt";
import { NextRequest, type NextFetchEvent } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "./session-token";

const SECRET = "a-proxy-test-secret-long-enough-for-jwe";
const UID = "7b0c2d4e-1f3a-4b5c-8d9e-0a1b2c3d4e5f";
const TWELVE_HOURS = 12 * 60 * 60;

let proxy: typeof import("../../proxy").proxy;
beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  ({ proxy } = await import("../../proxy"));
});

async function visit(path: string, token?: string) {
  const request = new NextRequest(`http://localhost:3000${path}`, {
    // Next sets x-forwarded-proto on every request; Auth.js picks its cookie names by it.
    headers: { host: "localhost:3000", "x-forwarded-proto": "http", ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}) },
  });
  return (await proxy(request, {} as NextFetchEvent)) as Response;
}

/** A session token as Auth.js issues it at sign-in, `age` seconds ago. */
const sessionToken = (age: number) =>
  encode({ token: { sub: UID, uid: UID, role: "agent", sv: 0 }, secret: SECRET, salt: SESSION_COOKIE, maxAge: TWELVE_HOURS - age });

describe("proxy", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("sends a visitor without a session to sign in, keeping the page they asked for", async () => {
    const response = await visit("/customers?tier=gold");
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe("http://localhost:3000/customers?tier=gold");
  });

  it("lets a fresh session through without renewing its cookie", async () => {
    const response = await visit("/customers", await sessionToken(60));
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("renews the cookie of a session last renewed more than a few minutes ago", async () => {
    const response = await visit("/customers", await sessionToken(20 * 60));
    expect(response.headers.get("location")).toBeNull();
    const renewed = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(renewed).toBeDefined();
    expect(renewed).toMatch(/Max-Age=43200|Expires=/i);
  });

  it("refuses a forged session with a one-line warning", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const forged = await encode({ token: { uid: UID, sv: 0 }, secret: "another-secret-long-enough-for-jwe", salt: SESSION_COOKIE });
    expect((await visit("/customers", forged)).status).toBe(307);
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^\[auth\] session cookie refused: /);
  });

  it("sends an expired session to sign in without logging an error", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const expired = await encode({ token: { uid: UID, sv: 0 }, secret: SECRET, salt: SESSION_COOKIE, maxAge: -60 });
    const response = await visit("/customers", expired);
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/sign-in");
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
