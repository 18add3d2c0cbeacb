import { clsx, type ClassValue } from "clsx";

/** Joins class names; conditional parts with clsx. */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
