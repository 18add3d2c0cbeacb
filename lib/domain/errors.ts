/** Errors the data access layer raises on purpose; anything else is a bug and is logged. */
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid"
  | "conflict"
  | "rate_limited";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  rate_limited: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Field (or row) name → message, for forms and API clients. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** A 400 that names every bad parameter, in the message and field by field. */
export function invalidQuery(fields: Record<string, string>): AppError {
  return new AppError("invalid", `Invalid query: ${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("; ")}`, fields);
}
