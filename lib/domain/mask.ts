// Masking for roles without "contact:unmasked". Applied in the data access layer, so the full
// value never reaches a browser that may not see it.

const DOT = "\u2022";

/** "jane.doe@example.com" -> "j•••@example.com" */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return DOT.repeat(3);
  return `${address.slice(0, 1)}${DOT.repeat(3)}${address.slice(at)}`;
}

/** "+15550102030" -> "•••• 2030" */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 4) return DOT.repeat(4);
  return `${DOT.repeat(4)} ${digits.slice(-4)}`;
}
