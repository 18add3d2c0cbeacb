import { Field } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ROLES } from "@/lib/domain/enums";
import { ROLE_LABELS } from "@/lib/domain/permissions";

export function RoleOptions() {
  return (
    <>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </>
  );
}

/** The "Role" field of the create-user and create-key forms, keeping a failed submit's choice. */
export function RoleField({ id, error, value }: { id: string; error?: string | undefined; value?: string | undefined }) {
  return (
    <Field id={id} label="Role" error={error}>
      {(control) => (
        // Keyed by the submitted value: React applies a select's defaultValue only when it
        // mounts, and the form reset after a failed submit would otherwise lose the choice.
        <Select key={value ?? ""} {...control} name="role" required defaultValue={value ?? ""}>
          <option value="" disabled>
            Choose a role
          </option>
          <RoleOptions />
        </Select>
      )}
    </Field>
  );
}
