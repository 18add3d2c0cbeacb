import { decode } from "next-auth/jwt";

/** Auth.js's session cookie; behind HTTPS it carries the `__Secure-` prefix. */
export const SESSION_COOKIE = "authjs.session-token";

/** What the data layer needs from a session token; the database decides the rest. */
export interface SessionClaims {
  uid: string;
  /** The staff user's session version when the token was issued. */
  sv: number;
  /** Epoch milliseconds after which the token no longer counts. */
  expiresAt: number;
}

/** The secrets Auth.js would use, in the order it would try them (next-auth/lib/env.js). */
export function authSecrets(env: Record<string, string | undefined> = process.env): string[] {
  const primary = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (primary) return [primary];
  return [3, 2, 1].map((i) => env[`AUTH_SECRET_${i}`]).filter((s): s is string => Boolean(s));
}

/**
 * The session token from a cookie header: one cookie, or Auth.js's chunks `name.0`, `name.1`, …
 * joined in order. Null when there is none.
 */
export function sessionTokenFrom(cookieHeader: string): { token: string; cookieName: string } | null {
  for (const cookieName of [`__Secure-${SESSION_COOKIE}`, SESSION_COOKIE]) {
    const chunks = new Map<number, string>();
    let whole: string | null = null;
    for (const part of cookieHeader.split(";")) {
      const eq = part.indexOf("=");
      if (eq < 0) continue;
      const name = part.slice(0, eq).trim();
      if (name === cookieName) whole = part.slice(eq + 1).trim();
      else if (name.startsWith(`${cookieName}.`)) {
        const index = Number(name.slice(cookieName.length + 1));
        if (Number.isInteger(index) && index >= 0) chunks.set(index, part.slice(eq + 1).trim());
      }
    }
    if (whole) return { token: whole, cookieName };
    if (chunks.size) {
      const ordered = [...chunks].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
      return { token: ordered.join(""), cookieName };
    }
  }
  return null;
}

const VERIFIED_MAX = 1_000;

/**
 * Reads session tokens and remembers the ones that decrypted, under their exact text, until they
 * expire. next-auth's `auth()` answers the same question by running a whole request through
 * Auth.js: it derives the key, decrypts, re-encrypts a refreshed token nobody receives (only the
 * proxy's response can set cookies) and mints a CSRF token, a dozen crypto jobs on every
 * request. A token's text decides its claims, so a token seen before needs none of that; the
 * database still checks the user and their session version on every request.
 */
export class SessionTokenReader {
  private readonly verified = new Map<string, SessionClaims>();

  constructor(
    private readonly secrets: () => string[] = authSecrets,
    private readonly now: () => number = Date.now,
  ) {}

  async read(cookieHeader: string | null): Promise<SessionClaims | null> {
    if (!cookieHeader?.includes(SESSION_COOKIE)) return null;
    const found = sessionTokenFrom(cookieHeader);
    if (!found) return null;
    const key = `${found.cookieName}\u0000${found.token}`;
    const known = this.verified.get(key);
    if (known) {
      if (known.expiresAt > this.now()) return known;
      this.verified.delete(key);
      return null;
    }
    const secret = this.secrets();
    if (!secret.length) return null;
    // The salt is the cookie's name, as Auth.js encodes it.
    const payload = await decode({ token: found.token, secret, salt: found.cookieName }).catch(() => null);
    if (!payload || typeof payload.uid !== "string" || typeof payload.exp !== "number") return null;
    const claims: SessionClaims = { uid: payload.uid, sv: Number(payload.sv ?? 0), expiresAt: payload.exp * 1000 };
    if (claims.expiresAt <= this.now()) return null;
    if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(key, claims);
    return claims;
  }
}
