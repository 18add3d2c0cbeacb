import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/domain/enums";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: Role; sessionVersion: number };
  }
}

/**
 * What Auth.js reports. A wrong password is answered on the form, and a session cookie that has
 * expired or cannot be read means a signed-out visitor, who is sent to sign in: neither is an
 * error. An unreadable cookie (another secret, tampering) still gets a one-line warning.
 */
export const authLogger: NextAuthConfig["logger"] = {
  error(error) {
    const type = (error as { type?: string }).type;
    if (type === "CredentialsSignin") return;
    if (type === "JWTSessionError") {
      const cause = (error.cause as { err?: Error } | undefined)?.err;
      if (cause?.name !== "JWTExpired") console.warn(`[auth] session cookie refused: ${cause?.message ?? error.message}`);
      return;
    }
    console.error("[auth]", error);
  },
};

/**
 * The part of the auth configuration that needs no database, shared by `proxy.ts` (which only
 * redirects signed-out visitors) and `auth.ts` (providers and the database checks).
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  // Credentials sign-in needs JWT sessions; the data access layer makes them revocable by
  // comparing the token's session version with the user's on every request.
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  // Self-hosted behind whatever proxy the operator runs; the host header is theirs to trust.
  trustHost: true,
  logger: authLogger,
  providers: [],
  callbacks: {
    authorized({ auth }) {
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid ?? "");
      session.user.role = token.role as Role;
      session.user.sessionVersion = Number(token.sv ?? 0);
      return session;
    },
  },
} satisfies NextAuthConfig;
