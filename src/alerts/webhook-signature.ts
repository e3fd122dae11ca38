// Webhook signatures. The signed material is `<timestamp>.<body bytes>`: the timestamp
// (Unix seconds, also sent as X-Newswatch-Timestamp) is inside the MAC, so a captured request
// cannot be replayed later with a fresh timestamp, and a receiver refuses old ones.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-newswatch-signature';
export const TIMESTAMP_HEADER = 'x-newswatch-timestamp';
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Request headers as Node (`req.headers`) or the fetch API (`Headers`) give them. */
export type HeaderSource =
  { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

export type SignatureCheck =
  | { readonly ok: true; readonly timestamp: number }
  | {
      readonly ok: false;
      readonly reason: 'missing_header' | 'bad_timestamp' | 'stale_timestamp' | 'bad_signature';
    };

/** Returns the signature header value: `sha256=` and the hex HMAC-SHA256 of `<timestamp>.<body>`. */
export function signWebhook(body: string | Uint8Array, secret: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(body);
  return `sha256=${mac.digest('hex')}`;
}

const hasGet = (headers: HeaderSource): headers is { get(name: string): string | null } =>
  typeof (headers as { get?: unknown }).get === 'function';

function headerOf(headers: HeaderSource, name: string): string | null {
  if (hasGet(headers)) return headers.get(name);
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' ? value : (value?.[0] ?? null);
}

/** Returns whether the body and headers carry a valid, recent signature made with secret. */
export function verifySignature(
  body: string | Uint8Array,
  headers: HeaderSource,
  secret: string,
  now: Date,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): SignatureCheck {
  const signature = headerOf(headers, SIGNATURE_HEADER);
  const stamp = headerOf(headers, TIMESTAMP_HEADER);
  if (signature === null || stamp === null) return { ok: false, reason: 'missing_header' };
  if (!/^\d{1,12}$/.test(stamp.trim())) return { ok: false, reason: 'bad_timestamp' };
  const timestamp = Number(stamp.trim());
  // Both ways: a timestamp far in the future is as suspect as an old one.
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds)
    return { ok: false, reason: 'stale_timestamp' };
  const expected = Buffer.from(signWebhook(body, secret, timestamp));
  const given = Buffer.from(signature.trim());
  const isValid = given.length === expected.length && timingSafeEqual(given, expected);
  return isValid ? { ok: true, timestamp } : { ok: false, reason: 'bad_signature' };
}
