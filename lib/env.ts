import { z } from "zod";

/**
 * Environment, validated once. Reading `process.env` anywhere else is a bug: this is the one
 * place that says what the app needs and what it defaults to.
 */
const schema = z.object({
  DATABASE_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  /** Folder of the embedded PGlite database when DATABASE_URL is not set. */
  CX360_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /** Seed demo data into an empty embedded database on first start. */
  CX360_DEMO: z.enum(["0", "1"]).default("1"),
  CX360_DEMO_PARTIES: z.coerce.number().int().positive().default(3000),
  AUTH_SECRET: z.string().min(16).optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Single sign-on"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}
