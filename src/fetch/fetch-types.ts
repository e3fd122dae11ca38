// What a feed fetch is asked and what it answers. Expected failures are data (a result with a
// stable `fetch.` code), never exceptions.
import type { ResolveHost } from './safe-lookup.ts';

export interface FetchRequest {
  readonly url: string;
  /** The validators of the last good response, sent as If-None-Match / If-Modified-Since. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /** True to ignore the validators: for servers that answer 304 forever. */
  readonly isForcedFull?: boolean;
}

export interface FetchSettings {
  readonly userAgent: string;
  readonly connectTimeoutMs: number;
  /** From the request sent until the response headers are in. */
  readonly headersTimeoutMs: number;
  /** The whole fetch: every redirect hop and the body. */
  readonly totalTimeoutMs: number;
  /** The body cap, compressed and decompressed alike. */
  readonly maxBodyBytes: number;
  readonly maxRedirects: number;
  /** Host names and CIDR ranges reachable even though they are not public (`['127.0.0.1/32']`). */
  readonly allow: readonly string[];
}

export interface FetchOptions extends Partial<FetchSettings> {
  /** The clock: stamps `fetchedAt` and turns Retry-After dates into delays. */
  readonly now: () => Date;
  /** The DNS resolver (the system's by default); tests pass their own. */
  readonly lookup?: ResolveHost;
}

export interface RedirectHop {
  /** The URL that answered with a redirect. */
  readonly url: string;
  readonly status: number;
  /** Where it pointed, resolved against `url`. */
  readonly location: string;
}

export interface FetchWarning {
  readonly code: string;
  readonly message: string;
}

/** Fields every result carries. */
interface FetchOutcomeBase {
  readonly requestedUrl: string;
  readonly redirects: readonly RedirectHop[];
  /** True when there were redirects and every one was permanent (301/308). */
  readonly isPermanentRedirect: boolean;
  /** ISO-8601 UTC, from the `now` clock when the fetch started. */
  readonly fetchedAt: string;
}

export interface FetchOk extends FetchOutcomeBase {
  readonly kind: 'ok';
  readonly status: number;
  readonly finalUrl: string;
  /** Lower-case names; repeated headers joined with ', '. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body after Content-Encoding was undone. */
  readonly body: Uint8Array;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** True when the body looks like an HTML page rather than a feed (the parser decides). */
  readonly looksLikeHtml: boolean;
  readonly warnings: readonly FetchWarning[];
}

export interface FetchNotModified extends FetchOutcomeBase {
  readonly kind: 'not_modified';
  readonly status: 304;
  readonly finalUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The validators to send next time: the response's, else the request's. */
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export type FetchErrorCode =
  | 'fetch.bad_url'
  | 'fetch.blocked_address'
  | 'fetch.dns'
  | 'fetch.connect'
  | 'fetch.tls'
  | 'fetch.timeout'
  | 'fetch.too_large'
  | 'fetch.redirect_loop'
  | 'fetch.too_many_redirects'
  | 'fetch.bad_redirect'
  | 'fetch.rate_limited'
  | 'fetch.blocked_by_bot_protection'
  | `fetch.http_${number}`;

export interface FetchFailure extends FetchOutcomeBase {
  readonly kind: 'error';
  readonly code: FetchErrorCode;
  /** Starts with 'fetch: '. */
  readonly message: string;
  /** The URL the failure happened at. */
  readonly url: string;
  readonly status?: number;
  /** From Retry-After (seconds or an HTTP date), as a delay in milliseconds. */
  readonly retryAfterMs?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** The start of an error body, decoded as UTF-8 (at most 2,048 characters). */
  readonly bodySample?: string;
  /**
   * The start of the error body with its Content-Encoding undone (at most 64 KiB), to archive;
   * absent when the response had no body or it was not read (too_large).
   */
  readonly body?: Uint8Array;
  /** True when the error body went on past what `body` holds. */
  readonly isBodyTruncated?: boolean;
  /** For blocked_by_bot_protection: whose protection ('cloudflare', 'akamai', 'datadome' ...). */
  readonly protection?: string;
}

export type FetchResult = FetchOk | FetchNotModified | FetchFailure;
