import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/domain/action-result";

/** The result of the last submit: an error (role="alert") or a confirmation (role="status"). */
export function FormMessage({ state, id, className }: { state: ActionState<object>; id?: string; className?: string }) {
  if (!state) return null;
  if (state.ok) {
    return (
      <Alert tone="success" role="status" id={id} className={className}>
        {state.message}
      </Alert>
    );
  }
  return (
    <Alert tone="danger" role="alert" id={id} className={className}>
      {state.error}
    </Alert>
  );
}
