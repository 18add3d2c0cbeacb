import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Only redirects signed-out visitors to the sign-in page. It is not the security boundary:
// every read and write checks the session and role again in the data access layer (lib/dal).
const { auth } = NextAuth(authConfig);
export const proxy = auth;

export const config = {
  // API routes answer 401 JSON themselves; static files and the sign-in page need no session.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|sign-in).*)"],
};
