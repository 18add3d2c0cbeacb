"use client";

import { useActionState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { createStaffAction } from "../../_lib/actions";
import type { ActionState } from "@/lib/domain/action-result";
import { FormMessage } from "../../_components/form-message";
import { RoleField } from "../../_components/role-field";

export function CreateUserForm() {
  const [state, formAction, pending] = useActionState(createStaffAction, null as ActionState<{ id: string }>);
  const fields = state && !state.ok ? state.fields : undefined;
  const values = state && !state.ok ? state.values : undefined;

  return (
    <Card className="max-w-xl" aria-labelledby="create-user-title">
      <CardHeader>
        <CardTitle id="create-user-title">Add a user</CardTitle>
        <CardDescription>They sign in with this email and password. Share the password with them privately.</CardDescription>
      </CardHeader>
      <CardContent>
        <form action={formAction} noValidate className="space-y-4">
          <FormMessage state={state} />
          <Field id="new-user-name" label="Name" error={fields?.name}>
            {(control) => <Input {...control} name="name" autoComplete="off" required defaultValue={values?.name ?? ""} />}
          </Field>
          <Field id="new-user-email" label="Email" error={fields?.email}>
            {(control) => (
              <Input {...control} name="email" type="email" autoComplete="off" spellCheck={false} required defaultValue={values?.email ?? ""} />
            )}
          </Field>
          <RoleField id="new-user-role" error={fields?.role} value={values?.role} />
          <Field id="new-user-password" label="Password" error={fields?.password} hint="At least 10 characters.">
            {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" required minLength={10} />}
          </Field>
          <SubmitButton pending={pending} pendingText="Creating…">
            Create user
          </SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}
