"use client";

import { useActionState, useEffect, useRef } from "react";
import { signInAction, type SignInState } from "../_lib/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";

export interface DemoAccount {
  email: string;
  roleLabel: string;
}

const initialState: SignInState = {};

export function SignInForm({
  callbackUrl,
  demo,
}: {
  callbackUrl?: string | undefined;
  /** Shown only when the server runs with demo data. */
  demo?: { accounts: DemoAccount[]; password: string } | null;
}) {
  const [state, formAction, pending] = useActionState(signInAction, initialState);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // After a failed attempt, put the cursor where the problem is.
  useEffect(() => {
    if (state.fields?.email) emailRef.current?.focus();
    else if (state.fields?.password || state.error) passwordRef.current?.focus();
  }, [state]);

  return (
    <div className="space-y-5">
      {state.error ? (
        <Alert tone="danger" role="alert">
          {state.error}
        </Alert>
      ) : null}

      {/* noValidate: the server's messages (shown below each field) replace the browser's bubbles. */}
      <form action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
        <Field id="email" label="Email" error={state.fields?.email}>
          {(control) => (
            <Input
              ref={emailRef}
              {...control}
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              required
              defaultValue={state.email ?? ""}
            />
          )}
        </Field>
        <Field id="password" label="Password" error={state.fields?.password}>
          {(control) => (
            <Input ref={passwordRef} {...control} name="password" type="password" autoComplete="current-password" required />
          )}
        </Field>
        <Button type="submit" className="w-full" disabled={pending} aria-busy={pending || undefined}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>

      {demo && demo.accounts.length > 0 ? (
        <aside aria-labelledby="demo-accounts-title" className="rounded-md border border-dashed bg-muted/50 p-3 text-sm">
          <h2 id="demo-accounts-title" className="font-medium">
            Demo accounts
          </h2>
          <p className="mt-1 text-muted-foreground">
            This server runs with demo data. Every account below uses the password{" "}
            <code className="rounded bg-card px-1 py-0.5 font-mono text-xs text-foreground">{demo.password}</code>.
          </p>
          <ul className="mt-2 space-y-1">
            {demo.accounts.map((account) => (
              <li key={account.email} className="flex flex-wrap items-baseline justify-between gap-x-3">
                <code className="font-mono text-xs">{account.email}</code>
                <span className="text-xs text-muted-foreground">{account.roleLabel}</span>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </div>
  );
}
