// Turns what the network layer threw during a webhook delivery into a stable `alerts.` code,
// and says whether trying again could help.
// The code fetch/'s safe lookup fails with when the address policy refuses an address.
const BLOCKED_ERRNO = 'ENEWSWATCH_BLOCKED';

export type WebhookErrorCode =
  | 'alerts.bad_url'
  | 'alerts.blocked_address'
  | 'alerts.http_status'
  | 'alerts.retry_after_too_long'
  | 'alerts.timeout'
  | 'alerts.dns'
  | 'alerts.tls'
  | 'alerts.connect';

export interface WebhookError {
  readonly code: WebhookErrorCode;
  readonly message: string;
  readonly isRetryable: boolean;
}

/** Thrown into a request when its attempt runs out of time, so it can be told from other aborts. */
export class AttemptTimeoutError extends Error {
  readonly code = 'ENEWSWATCH_TIMEOUT';
}

const TIMEOUT = new Set([
  'ENEWSWATCH_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);
const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA']);
const TLS_PREFIXES = [
  'ERR_TLS_',
  'ERR_SSL_',
  'CERT_',
  'UNABLE_TO_',
  'DEPTH_ZERO_',
  'SELF_SIGNED_',
  'HOSTNAME_',
];

// The first errno in the cause chain (undici wraps some errors).
function errnoOf(err: unknown): { errno: string; reason: string } | null {
  let current: unknown = err;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return { errno: code, reason: current.message };
    current = current.cause;
  }
  return null;
}

/** Returns the code, message and retry advice for an error thrown while delivering to origin. */
export function classifyWebhookError(err: unknown, origin: string): WebhookError {
  const found = errnoOf(err);
  const reason = found?.reason ?? (err instanceof Error ? err.message : String(err));
  const errno = found?.errno ?? '';
  if (errno === BLOCKED_ERRNO) {
    return {
      code: 'alerts.blocked_address',
      message: reason.replace(/^fetch: /, 'alerts: webhook host '),
      isRetryable: false,
    };
  }
  const shown = errno && !errno.startsWith('ENEWSWATCH') ? ` (${errno})` : '';
  const say = (what: string) => `alerts: webhook ${origin}: ${what}${shown}`;
  if (TIMEOUT.has(errno)) return { code: 'alerts.timeout', message: say(reason), isRetryable: true };
  if (DNS.has(errno)) return { code: 'alerts.dns', message: say(reason), isRetryable: true };
  // A certificate that fails today fails on the next try too.
  if (TLS_PREFIXES.some((prefix) => errno.startsWith(prefix)))
    return { code: 'alerts.tls', message: say(reason), isRetryable: false };
  return { code: 'alerts.connect', message: say(reason), isRetryable: true };
}
