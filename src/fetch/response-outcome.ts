// Turns a final (non-redirect) response into a result: the body for 2xx, "no change" for 304,
// and a classified failure for the rest, with the start of the error page (its bytes, to archive,
// and a text sample).
import type { Dispatcher } from 'undici';
import { detectBotProtection } from './bot-protection.ts';
import { decodeBody } from './decode-body.ts';
import type { FetchFailure, FetchRequest, FetchResult } from './fetch-types.ts';
import { looksLikeHtmlPage } from './looks-like-html.ts';
import { readBodyStart, readCappedBody } from './read-body.ts';
import { retryAfterMs } from './retry-after.ts';

type Base = Pick<FetchFailure, 'requestedUrl' | 'redirects' | 'isPermanentRedirect' | 'fetchedAt'>;

export interface FinalResponse {
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Dispatcher.ResponseData['body'];
}

const ERROR_PAGE_BYTES = 64 * 1024;
const SAMPLE_CHARS = 2048;

function tooLarge(base: Base, response: FinalResponse, maxBytes: number): FetchFailure {
  const { url, status, headers } = response;
  const message = `fetch: ${url}: body larger than ${maxBytes} bytes`;
  return { ...base, kind: 'error', code: 'fetch.too_large', message, url, status, headers };
}

async function readOk(base: Base, response: FinalResponse, maxBytes: number): Promise<FetchResult> {
  const { headers } = response;
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.body.destroy();
    return tooLarge(base, response, maxBytes);
  }
  const raw = await readCappedBody(response.body, maxBytes);
  const decoded = raw.kind === 'ok' ? decodeBody(raw.bytes, headers['content-encoding'], maxBytes) : raw;
  if (decoded.kind === 'too_large') return tooLarge(base, response, maxBytes);
  return {
    ...base,
    kind: 'ok',
    status: response.status,
    finalUrl: response.url,
    headers,
    body: decoded.body,
    etag: headers['etag'] ?? null,
    lastModified: headers['last-modified'] ?? null,
    looksLikeHtml: looksLikeHtmlPage(decoded.body, headers['content-type']),
    warnings: decoded.warnings,
  };
}

interface ErrorPage {
  /** The start of the body with its Content-Encoding undone (raw when that failed). */
  readonly bytes: Uint8Array;
  readonly isTruncated: boolean;
}

async function errorPageOf(response: FinalResponse): Promise<ErrorPage> {
  const start = await readBodyStart(response.body, ERROR_PAGE_BYTES);
  const decoded = decodeBody(start.bytes, response.headers['content-encoding'], ERROR_PAGE_BYTES * 16);
  const bytes = decoded.kind === 'ok' ? decoded.body : start.bytes;
  return {
    bytes: bytes.subarray(0, ERROR_PAGE_BYTES),
    isTruncated: start.isTruncated || bytes.byteLength > ERROR_PAGE_BYTES,
  };
}

async function readFailure(base: Base, response: FinalResponse, now: Date): Promise<FetchFailure> {
  const { url, status, headers } = response;
  const errorPage = await errorPageOf(response);
  const page = new TextDecoder().decode(errorPage.bytes);
  const retryAfter = retryAfterMs(headers['retry-after'], now);
  const common = {
    ...base,
    kind: 'error' as const,
    url,
    status,
    headers,
    ...(page ? { bodySample: page.slice(0, SAMPLE_CHARS) } : {}),
    ...(errorPage.bytes.byteLength > 0
      ? { body: errorPage.bytes, isBodyTruncated: errorPage.isTruncated }
      : {}),
    ...(retryAfter !== null ? { retryAfterMs: retryAfter } : {}),
  };
  if (status === 429)
    return { ...common, code: 'fetch.rate_limited', message: `fetch: ${url}: rate limited (429)` };
  const protection = detectBotProtection(status, headers, page);
  if (protection) {
    const message = `fetch: ${url}: blocked by bot protection (${protection}, ${status})`;
    return { ...common, code: 'fetch.blocked_by_bot_protection', message, protection };
  }
  return { ...common, code: `fetch.http_${status}`, message: `fetch: ${url}: HTTP ${status}` };
}

/** Returns the result a final response makes; reads (or discards) its body. */
export async function outcomeOf(
  base: Base,
  response: FinalResponse,
  request: FetchRequest,
  settings: { readonly maxBodyBytes: number; readonly now: () => Date },
): Promise<FetchResult> {
  const { status, headers, url } = response;
  if (status >= 200 && status < 300) return readOk(base, response, settings.maxBodyBytes);
  if (status === 304) {
    await response.body.dump();
    const etag = headers['etag'] ?? request.etag ?? null;
    const lastModified = headers['last-modified'] ?? request.lastModified ?? null;
    return { ...base, kind: 'not_modified', status, finalUrl: url, headers, etag, lastModified };
  }
  return readFailure(base, response, settings.now());
}
