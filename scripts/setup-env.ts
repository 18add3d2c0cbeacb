// First run of the quick start: writes .env.local with a random AUTH_SECRET when none is set,
// so `next start` has what next-auth needs without the user copying anything by hand.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import "./load-env";

const file = ".env.local";
if (process.env.AUTH_SECRET) {
  console.log("AUTH_SECRET is set.");
} else {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const line = `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`;
  writeFileSync(file, (current && !current.endsWith("\n") ? `${current}\n` : current) + line);
  console.log(`Wrote a new AUTH_SECRET to ${file}.`);
}
