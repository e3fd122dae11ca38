// Retry-After: delta-seconds or an HTTP date.
// Spec: https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3

/** Returns the delay Retry-After asks for in milliseconds (0 for a past date), or null if unreadable. */
export function retryAfterMs(headerValue: string | null | undefined, now: Date): number | null {
  if (!headerValue) return null;
  const value = headerValue.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // HTTP dates always name the weekday or month; a bare number with a sign or a dot is not one.
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
