// Creates a staff user, typically the first admin of a new installation:
//   npm run user:create -- --email you@company.com --name "Your Name" [--role admin]
// The password is asked for on a terminal, or read from standard input when piped.
import "./load-env";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { auditLog, staffUser } from "@/lib/db/schema";
import { ROLES } from "@/lib/domain/enums";
import { env } from "@/lib/env";

const input = z.object({
  email: z.string().trim().toLowerCase().email("--email must be an email address"),
  name: z.string().trim().min(1, "--name is required"),
  role: z.enum(ROLES, { message: `--role must be one of ${ROLES.join(", ")}` }),
  password: z.string().min(10, "the password needs at least 10 characters"),
});

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, "");
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.includes("Password")) process.stdout.write(s);
  };
  const answer = await new Promise<string>((resolve) => rl.question("Password (10+ characters): ", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } },
  });
  const password = await readPassword();
  const parsed = input.safeParse({ ...values, password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`error: ${issue.message}`);
    process.exit(2);
  }
  const config = env();
  const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.CX360_DATA_DIR });
  try {
    await migrateDatabase(handle);
    const passwordHash = await hashPassword(parsed.data.password);
    const created = await handle.db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: staffUser.id })
        .from(staffUser)
        .where(sql`lower(${staffUser.email}) = ${parsed.data.email}`);
      if (existing) return null;
      const [row] = await tx
        .insert(staffUser)
        .values({ email: parsed.data.email, name: parsed.data.name, role: parsed.data.role, passwordHash })
        .returning({ id: staffUser.id });
      await tx.insert(auditLog).values({
        actorKind: "system", actorLabel: "user:create", action: "staff.create", targetType: "staff_user",
        targetId: row?.id ?? null, detail: { email: parsed.data.email, role: parsed.data.role },
      });
      return row;
    });
    if (!created) {
      console.error(`error: ${parsed.data.email} already has an account`);
      process.exitCode = 1;
    } else {
      console.log(`Created ${parsed.data.role} ${parsed.data.email} (${created.id}).`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
