// Small timing helpers for `npm run bench`.

export interface Stats {
  n: number;
  p50: number;
  p95: number;
}

export function summarize(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95) };
}

/**
 * Runs `fn` `warmup` times untimed, then `runs` times timed; returns milliseconds per run. Ten
 * warm-up runs: a server that has just started compiles each page's code on its first few
 * requests, and the first operations timed would otherwise pay for that.
 */
export async function time(fn: () => Promise<unknown>, runs: number, warmup = 10): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

export function formatRow(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
}

/** A cookie jar just big enough for next-auth's sign-in dance and its renewals. */
export class CookieJar {
  private cookies = new Map<string, string>();
  constructor(header = "") {
    for (const pair of header.split(";")) this.add(pair);
  }
  private add(pair: string) {
    const eq = pair.indexOf("=");
    if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) this.add(line.split(";")[0] ?? "");
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  jar.take(response);
  const cookie = jar.header();
  if (!cookie.includes("session-token")) throw new Error(`sign-in as ${email} failed (status ${response.status})`);
  return cookie;
}

/** The cookie header after a response's Set-Cookie lines: renewed cookies replace the old ones. */
export function renewCookies(cookie: string, response: Response): string {
  if (!response.headers.getSetCookie().length) return cookie;
  const jar = new CookieJar(cookie);
  jar.take(response);
  return jar.header();
}
