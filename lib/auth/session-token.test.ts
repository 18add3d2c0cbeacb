import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authSecrets, SESSION_COOKIE, SessionTokenReader, sessionTokenFrom } from "./session-token";

const SECRET = "a-test-secret-that-is-long-enough";
const UID = "7b0c2d4e-1f3a-4b5c-8d9e-0a1b2c3d4e5f";

async function token(claims: Record<string, unknown>, { secret = SECRET, salt = SESSION_COOKIE, maxAge = 3600 } = {}) {
  return encode({ token: { sub: UID, ...claims }, secret, salt, maxAge });
}

function reader(now = () => Date.now(), secrets = [SECRET]) {
  return new SessionTokenReader(() => secrets, now);
}

describe("session tokens", () => {
  it("reads the user and session version from a token Auth.js issued", async () => {
    const t = await token({ uid: UID, role: "agent", sv: 3 });
    const claims = await reader().read(`authjs.csrf-token=x; ${SESSION_COOKIE}=${t}; other=1`);
    expect(claims).toMatchObject({ uid: UID, sv: 3 });
    expect(claims!.expiresAt).toBeGreaterThan(Date.now() + 3_500_000);
  });

  it("refuses a tampered token, one sealed with another secret and one under the wrong cookie name", async () => {
    const t = await token({ uid: UID, sv: 1 });
    const flipped = t.slice(0, -4) + (t.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await reader().read(`${SESSION_COOKIE}=${flipped}`)).toBeNull();
    const foreign = await token({ uid: UID, sv: 1 }, { secret: "another-secret-that-is-long-enough" });
    expect(await reader().read(`${SESSION_COOKIE}=${foreign}`)).toBeNull();
    // The salt is the cookie's name: a plain-cookie token does not pass as a __Secure- one.
    expect(await reader().read(`__Secure-${SESSION_COOKIE}=${t}`)).toBeNull();
    expect(await reader().read(`${SESSION_COOKIE}=not-a-token`)).toBeNull();
    expect(await reader().read(null)).toBeNull();
    expect(await reader().read("theme=dark")).toBeNull();
  });

  it("stops accepting a remembered token once it expires", async () => {
    let clock = Date.now();
    const r = reader(() => clock);
    const t = await token({ uid: UID, sv: 0 }, { maxAge: 60 });
    const cookie = `${SESSION_COOKIE}=${t}`;
    expect(await r.read(cookie)).not.toBeNull();
    clock += 30_000;
    expect(await r.read(cookie)).not.toBeNull();
    clock += 31_000;
    expect(await r.read(cookie)).toBeNull();
  });

  it("refuses a token that no secret is configured for", async () => {
    const t = await token({ uid: UID, sv: 0 });
    expect(await reader(Date.now, []).read(`${SESSION_COOKIE}=${t}`)).toBeNull();
  });

  it("joins a token Auth.js split into chunks, and prefers the __Secure- cookie", async () => {
    const t = await token({ uid: UID, sv: 2 });
    const half = Math.floor(t.length / 2);
    const chunked = `${SESSION_COOKIE}.1=${t.slice(half)}; ${SESSION_COOKIE}.0=${t.slice(0, half)}`;
    expect(sessionTokenFrom(chunked)).toEqual({ token: t, cookieName: SESSION_COOKIE });
    expect(await reader().read(chunked)).toMatchObject({ uid: UID, sv: 2 });
    expect(sessionTokenFrom(`${SESSION_COOKIE}=a; __Secure-${SESSION_COOKIE}=b`)).toEqual({ token: "b", cookieName: `__Secure-${SESSION_COOKIE}` });
  });

  it("takes the secrets Auth.js would", () => {
    expect(authSecrets({ AUTH_SECRET: "s", AUTH_SECRET_1: "old" })).toEqual(["s"]);
    expect(authSecrets({ NEXTAUTH_SECRET: "n" })).toEqual(["n"]);
    expect(authSecrets({ AUTH_SECRET_1: "one", AUTH_SECRET_2: "two" })).toEqual(["two", "one"]);
    expect(authSecrets({})).toEqual([]);
  });
});
