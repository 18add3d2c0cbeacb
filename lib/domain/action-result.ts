// What every server action answers. Plain data, safe to import from client components.

export type ActionFailure = {
  ok?: undefined;
  error: string;
  /** Why, for the form to react (e.g. "conflict": offer to reload). */
  code?: string | undefined;
  /** Field name → message, shown at the field. */
  fields?: Record<string, string> | undefined;
  /** What was submitted (never secrets), so the form can show it again. */
  values?: Record<string, string>;
};

export type ActionResult<T extends object = object> = ({ ok: true; message: string } & T) | ActionFailure;

/** The state before the form was first submitted. */
export type ActionState<T extends object = object> = ActionResult<T> | null;
