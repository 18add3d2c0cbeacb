"use client";

import { useActionState, useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { createApiKeyAction } from "../../_lib/actions";
import type { ActionState } from "@/lib/domain/action-result";
import { FormMessage } from "../../_components/form-message";
import { RoleField } from "../../_components/role-field";
import { NewKeyPanel } from "./new-key-panel";

type Created = { id: string; key: string; name: string };

export function CreateKeyForm() {
  const [state, formAction, pending] = useActionState(createApiKeyAction, null as ActionState<Created>);
  // The key lives only in this component's state: once dismissed (or the page is left) it is gone.
  const [dismissedId, setDismissedId] = useState<string | null>(null);
  const fields = state && !state.ok ? state.fields : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const created = state?.ok && state.id !== dismissedId ? state : null;

  return (
    <Card className="max-w-xl" aria-labelledby="create-key-title">
      <CardHeader>
        <CardTitle id="create-key-title">Create a key</CardTitle>
        <CardDescription>For an integration calling the REST API. The key acts with the role you give it.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {created ? (
          <NewKeyPanel name={created.name} apiKey={created.key} onDone={() => setDismissedId(created.id)} />
        ) : null}
        <form action={formAction} noValidate className="space-y-4">
          {state && !state.ok ? <FormMessage state={state} /> : null}
          <Field id="new-key-name" label="Name" error={fields?.name} hint="Name it after what uses it, e.g. “Shop webhook”.">
            {(control) => <Input {...control} name="name" autoComplete="off" required defaultValue={values?.name ?? ""} />}
          </Field>
          <RoleField id="new-key-role" error={fields?.role} value={values?.role} />
          <SubmitButton pending={pending} pendingText="Creating…">
            Create key
          </SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}
