// Turns what the network layer threw into a stable `fetch.` code. Codes come from Node (errno),
// undici (UND_ERR_*) and OpenSSL; the cause chain is searched because undici wraps some.
import type { FetchErrorCode } from './fetch-types.ts';

export interface ClassifiedError {
  readonly code: FetchErrorCode;
  readonly message: string;
}

/** Thrown into the request when the total timeout fires, so it can be told from other aborts. */
export class TotalTimeoutError extends Error {
  readonly code = 'ENEWSWATCH_TOTAL_TIMEOUT';
}

const DNS = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NODATA',
  'EAI_NONAME',
  'ENODATA',
  'ESERVFAIL',
]);
const TIMEOUT = new Set([
  'ENEWSWATCH_TOTAL_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);
const CONNECT = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EPIPE',
  'ECONNABORTED',
  'EADDRNOTAVAIL',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'HPE_INVALID_CONSTANT',
  'HPE_INVALID_STATUS',
  'HPE_INVALID_HEADER_TOKEN',
]);
const TLS_PREFIXES = [
  'ERR_TLS_',
  'ERR_SSL_',
  'CERT_',
  'UNABLE_TO_',
  'DEPTH_ZERO_',
  'SELF_SIGNED_',
  'HOSTNAME_',
];

// The errors in the cause chain that carry a code, outermost first.
function codedErrorsOf(err: unknown): Array<{ errno: string; reason: string }> {
  const found: Array<{ errno: string; reason: string }> = [];
  let current: unknown = err;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') found.push({ errno: code, reason: current.message });
    current = current.cause;
  }
  return found;
}

// OpenSSL messages carry their internal error stack; the reason is the part after the function.
function tidyReason(reason: string): string {
  const openssl = /SSL routines:[^:]*:([^:]+)/.exec(reason);
  return (openssl?.[1] ?? reason)
    .replace(/^fetch: /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function codeFor(errno: string): FetchErrorCode | null {
  if (errno === 'ENEWSWATCH_BLOCKED') return 'fetch.blocked_address';
  if (DNS.has(errno)) return 'fetch.dns';
  if (TIMEOUT.has(errno)) return 'fetch.timeout';
  if (errno === 'UND_ERR_HEADERS_OVERFLOW') return 'fetch.too_large';
  if (TLS_PREFIXES.some((prefix) => errno.startsWith(prefix))) return 'fetch.tls';
  if (CONNECT.has(errno) || errno.startsWith('HPE_')) return 'fetch.connect';
  return null;
}

/** Returns the code and message for an error thrown while fetching url. */
export function classifyError(err: unknown, url: string): ClassifiedError {
  const coded = codedErrorsOf(err);
  for (const { errno, reason } of coded) {
    const code = codeFor(errno);
    if (code === 'fetch.blocked_address') return { code, message: reason };
    if (code) return { code, message: `fetch: ${url}: ${tidyReason(reason)} (${errno})` };
  }
  // An unknown failure on the wire is still a failure to connect, not a bug in the caller.
  const reason = err instanceof Error ? err.message : String(err);
  return {
    code: 'fetch.connect',
    message: `fetch: ${url}: ${reason}${coded[0] ? ` (${coded[0].errno})` : ''}`,
  };
}
