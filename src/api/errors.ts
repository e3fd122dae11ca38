// Errors as `{error:{code,message}}` with the right status. AppError codes map to statuses in
// one table, by prefix (the most specific first); anything else is a bug: logged, and shown
// to the client as a bare 500 with no message or stack.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../model/index.ts';

const STATUSES: ReadonlyArray<readonly [prefix: string, status: ContentfulStatusCode]> = [
  ['auth.unauthenticated', 401],
  ['auth.bad_credentials', 401],
  ['auth.rate_limited', 429],
  ['auth.', 403],
  ['input.not_found', 404],
  ['input.feed_exists', 409],
  ['input.user_exists', 409],
  ['input.last_admin', 409],
  ['input.no_analyzer', 409],
  ['input.too_large', 413],
  ['input.unsupported_media', 415],
  ['input.busy', 409],
  ['input.alert_exists', 409],
  ['input.job_failed', 409],
  ['store.feed_exists', 409],
  ['usage.', 400],
  ['query.', 400],
  ['input.', 400],
  ['parse.', 422],
  ['fetch.not_a_feed', 422],
  ['fetch.', 502],
  ['store.', 500],
];

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** Returns the HTTP status for an AppError code (500 when no prefix matches). */
export function statusFor(code: string): ContentfulStatusCode {
  return STATUSES.find(([prefix]) => code.startsWith(prefix))?.[1] ?? 500;
}

/** Returns the error body for code and message. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Returns the status and body a thrown value becomes, hiding everything about bugs. */
export function describeError(err: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (err instanceof AppError) return { status: statusFor(err.code), body: errorBody(err.code, err.message) };
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return { status, body: errorBody(`http.${status}`, err.message || `request failed (${status})`) };
  }
  return { status: 500, body: errorBody('internal', 'internal error; see the server log') };
}

/** Returns the JSON response for a thrown value, with Retry-After for rate limits. */
export function errorResponse(c: Context, err: unknown): Response {
  const { status, body } = describeError(err);
  if (err instanceof AppError && typeof err.context['retryAfter'] === 'number') {
    c.header('Retry-After', String(err.context['retryAfter']));
  }
  return c.json(body, status);
}

/** Returns true for a value that is a bug rather than an expected failure. */
export function isBug(err: unknown): boolean {
  return !(err instanceof AppError) && !(err instanceof HTTPException);
}
