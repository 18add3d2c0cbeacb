import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { checkSignInAllowed, findStaffForOidc, verifyCredentials } from "@/lib/auth/credentials";
import { env } from "@/lib/env";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}
class Disabled extends CredentialsSignin {
  code = "disabled";
}
class Invalid extends CredentialsSignin {
  code = "invalid";
}

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

function clientIp(request: Request | undefined): string | null {
  const forwarded = request?.headers.get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || request?.headers.get("x-real-ip") || null;
}

function oidcProvider(): NextAuthConfig["providers"] {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID) return [];
  return [
    {
      id: "oidc",
      name: OIDC_NAME,
      type: "oidc",
      issuer: OIDC_ISSUER,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
    },
  ];
}

export const {
  handlers: { GET, POST },
  auth,
  signIn,
  signOut,
} = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) throw new Invalid();
        const { email, password } = parsed.data;
        const ip = clientIp(request);
        if (!(await checkSignInAllowed(email, ip))) throw new RateLimited();
        const result = await verifyCredentials(email, password, ip);
        if (result.kind === "disabled") throw new Disabled();
        if (result.kind !== "ok") throw new Invalid();
        return result.user;
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      // OIDC signs in only staff an admin created, matched by verified email.
      if (!profile?.email || profile.email_verified === false) return false;
      return Boolean(await findStaffForOidc(profile.email));
    },
    async jwt(params) {
      const { account, profile, token } = params;
      if (account?.provider === "oidc" && profile?.email) {
        const staff = await findStaffForOidc(profile.email);
        if (staff) return { ...token, uid: staff.id, role: staff.role, sv: staff.sessionVersion };
      }
      return authConfig.callbacks.jwt(params);
    },
  },
});
