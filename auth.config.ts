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
