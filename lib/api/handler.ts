import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, HTTP_STATUS, invalidQuery, isAppError, type AppErrorCode } from "@/lib/domain/errors";

/** The one error shape every /api/v1 route answers with. */
export interface ApiErrorBody {
  error: { code: AppErrorCode | "internal"; message: string; fields?: Record<string, string> };
}

export function apiError(code: AppErrorCode | "internal", message: string, fields?: Record<string, string>) {
  const status = code === "internal" ? 500 : HTTP_STATUS[code];
  const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });
}

/** zod issues → `{ "field.path": "message" }`, naming what was wrong. */
export function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Query parameters as a plain object, refusing NUL bytes and absurd lengths up front. */
export function queryObject(request: Request): Record<string, string> {
  const url = new URL(request.url);
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (value.includes("\u0000") || key.includes("\u0000")) {
      throw new AppError("invalid", `Parameter "${key.replace(/\u0000/g, "")}" contains a NUL byte.`, { [key]: "Contains a NUL byte." });
    }
    if (value.length > 2048) throw new AppError("invalid", `Parameter "${key}" is too long.`, { [key]: "At most 2048 characters." });
    out[key] = value;
  }
  return out;
}

export function parseQuery<T extends z.ZodType>(request: Request, shape: T): z.infer<T> {
  const parsed = shape.safeParse(queryObject(request));
  if (!parsed.success) {
    const fields = zodFields(parsed.error);
    throw invalidQuery(fields);
  }
  return parsed.data;
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a route handler: AppErrors become their status with the stable JSON shape; anything
 * else is logged and answered as a generic 500 without internals.
 */
export function apiRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      const response = await handler(request, context);
      response.headers.set("cache-control", "no-store");
      return response;
    } catch (error) {
      if (isAppError(error)) return apiError(error.code, error.message, error.fields);
      if (error instanceof z.ZodError) return apiError("invalid", "Invalid request.", zodFields(error));
      if (error instanceof SyntaxError) return apiError("invalid", "The request body is not valid JSON.");
      console.error("api error", request.method, new URL(request.url).pathname, error);
      return apiError("internal", "Something went wrong on our side. It has been logged.");
    }
  };
}
