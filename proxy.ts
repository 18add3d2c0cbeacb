import NextAuth from "next-auth";
import { NextResponse, type NextMiddleware } from "next/server";
import { SessionTokenReader } from "@/lib/auth/session-token";
import { authConfig } from "./auth.config";

// Only redirects signed-out visitors to the sign-in page and keeps sessions alive. It is not the
// security boundary: every read and write checks the session and role again in the data access
// layer (lib/dal).
const { auth } = NextAuth(authConfig);
// Called as Next calls a proxy, (request, event), Auth.js checks the session, re-issues its
// cookie with a fresh expiry, and redirects when there is none.
const authProxy = auth as unknown as NextMiddleware;

const tokens = new SessionTokenReader();
const MAX_AGE_MS = authConfig.session.maxAge * 1000;
/** How often a session's cookie is renewed while it is in use. */
const RENEW_EVERY_MS = 5 * 60_000;

export const proxy: NextMiddleware = async (request, event) => {
  // A session token issued in the last few minutes is valid and has nothing to renew; Auth.js
  // would decrypt it, re-encrypt it and mint a CSRF token on every page and navigation.
  const claims = await tokens.read(request.headers.get("cookie"));
  if (claims && claims.expiresAt - Date.now() > MAX_AGE_MS - RENEW_EVERY_MS) return NextResponse.next();
  return authProxy(request, event);
};

export const config = {
  // API routes answer 401 JSON themselves; static files and the sign-in page need no session.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|sign-in).*)"],
};
