// Delivers an alert batch to a webhook: one signed JSON POST, retried with exponential
// back-off on network failures, 429 and 5xx, every expected failure a result. The URL is user
// input, so it passes the fetcher's address policy, checked again on every address it resolves to.
import { randomUUID } from 'node:crypto';
import { Agent, request, type Dispatcher } from 'undici';
import {
  createAddressPolicy,
  createSafeLookup,
  parseFetchUrl,
  retryAfterMs,
  type ResolveHost,
} from '../fetch/index.ts';
import type { AlertBatch } from './alert-types.ts';
import { buildWebhookBody } from './webhook-body.ts';
import { AttemptTimeoutError, classifyWebhookError, type WebhookErrorCode } from './webhook-errors.ts';
import { signWebhook } from './webhook-signature.ts';

export const WEBHOOK_USER_AGENT = 'newswatch/0.1 (alert webhook; +https://example.org/newswatch-contact)';

export interface WebhookTarget {
  readonly url: string;
  /** The shared secret the HMAC signature is made with. */
  readonly secret: string;
}

export interface WebhookOptions {
  /** The clock: signature timestamps and Retry-After dates. */
  readonly now: () => Date;
  /** Waits between attempts (setTimeout by default); tests record the waits instead. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1) (Math.random by default). */
  readonly random?: () => number;
  /** Attempts after the first one; default 5, so at most 6 requests. */
  readonly retries?: number;
  /** Back-off base: the wait before retry n is between half and all of backoffMs * 2^(n-1). Default 1000. */
  readonly backoffMs?: number;
  /** A Retry-After longer than this ends the delivery instead of blocking it. Default 600000. */
  readonly maxRetryAfterMs?: number;
  /** Each attempt, connect to last byte. Default 10000. */
  readonly timeoutMs?: number;
  /** Host names and CIDR ranges reachable even though they are not public (`['127.0.0.1/32']`). */
  readonly allow?: readonly string[];
  /** The DNS resolver (the system's by default); tests pass their own. */
  readonly lookup?: ResolveHost;
  readonly userAgent?: string;
  /** The delivery id (a random UUID by default); the same on every attempt. */
  readonly deliveryId?: string;
}

export type WebhookResult =
  | { readonly ok: true; readonly status: number; readonly attempts: number; readonly deliveryId: string }
  | {
      readonly ok: false;
      readonly code: WebhookErrorCode;
      readonly message: string;
      readonly attempts: number;
      readonly deliveryId: string;
      /** The HTTP status of the last response, when there was one. */
      readonly lastStatus?: number;
    };

// What one attempt came to.
type Attempt =
  | { readonly kind: 'delivered'; readonly status: number }
  | {
      readonly kind: 'failed';
      readonly code: WebhookErrorCode;
      readonly message: string;
      readonly isRetryable: boolean;
      readonly status?: number;
      readonly retryAfterMs?: number | null;
    };

interface Delivery {
  readonly url: URL;
  readonly secret: string;
  readonly body: Buffer;
  readonly deliveryId: string;
  readonly agent: Agent;
  readonly options: WebhookOptions;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function headersFor(d: Delivery): Record<string, string> {
  const timestamp = Math.floor(d.options.now().getTime() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': d.options.userAgent ?? WEBHOOK_USER_AGENT,
    'x-newswatch-event': 'alert',
    'x-newswatch-delivery': d.deliveryId,
    'x-newswatch-timestamp': String(timestamp),
    'x-newswatch-signature': signWebhook(d.body, d.secret, timestamp),
  };
}

function outcomeOf(d: Delivery, response: Dispatcher.ResponseData): Attempt {
  const status = response.statusCode;
  if (status >= 200 && status < 300) return { kind: 'delivered', status };
  const isRetryable = status === 429 || status >= 500;
  const header = response.headers['retry-after'];
  const retryAfter = retryAfterMs(Array.isArray(header) ? header[0] : header, d.options.now());
  // The path may hold a token (many services put one there): messages name the origin only.
  const message = `alerts: webhook ${d.url.origin} answered ${status}`;
  return {
    kind: 'failed',
    code: 'alerts.http_status',
    message,
    isRetryable,
    status,
    retryAfterMs: retryAfter,
  };
}

async function attemptOnce(d: Delivery): Promise<Attempt> {
  const timeoutMs = d.options.timeoutMs ?? 10_000;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new AttemptTimeoutError(`gave up after ${timeoutMs} ms`));
  }, timeoutMs);
  try {
    const response = await request(d.url, {
      dispatcher: d.agent,
      method: 'POST',
      headers: headersFor(d),
      body: d.body,
      signal: controller.signal,
    });
    await response.body.dump();
    return outcomeOf(d, response);
  } catch (err) {
    return { kind: 'failed', ...classifyWebhookError(err, d.url.origin) };
  } finally {
    clearTimeout(timer);
  }
}

// The wait before retry n: Retry-After when the receiver gave one, else exponential back-off
// with "equal jitter" (half fixed, half random) so that many senders do not retry in step.
function waitBefore(retry: number, attempt: Attempt, options: WebhookOptions): number {
  if (attempt.kind === 'failed' && attempt.retryAfterMs != null) return attempt.retryAfterMs;
  const ceiling = (options.backoffMs ?? 1000) * 2 ** (retry - 1);
  return Math.round(ceiling / 2 + ((options.random ?? Math.random)() * ceiling) / 2);
}

async function deliverWith(d: Delivery): Promise<WebhookResult> {
  const retries = d.options.retries ?? 5;
  const maxRetryAfterMs = d.options.maxRetryAfterMs ?? 600_000;
  const base = { deliveryId: d.deliveryId };
  for (let attempts = 1; ; attempts++) {
    const attempt = await attemptOnce(d);
    if (attempt.kind === 'delivered') return { ok: true, status: attempt.status, attempts, ...base };
    const { code, message, status } = attempt;
    const failure = { ok: false as const, code, message, attempts, ...base };
    const last = status === undefined ? failure : { ...failure, lastStatus: status };
    if (!attempt.isRetryable || attempts > retries) return last;
    const wait = waitBefore(attempts, attempt, d.options);
    if (wait > maxRetryAfterMs) {
      const asked = `${message}, asking to retry after ${Math.ceil(wait / 1000)} s`;
      return { ...last, code: 'alerts.retry_after_too_long', message: asked };
    }
    await (d.options.sleep ?? sleepFor)(wait);
  }
}

/** Returns the outcome of delivering the batch to the webhook; never throws for network or HTTP failures. */
export async function deliverWebhook(
  target: WebhookTarget,
  batch: AlertBatch,
  options: WebhookOptions,
): Promise<WebhookResult> {
  const deliveryId = options.deliveryId ?? randomUUID();
  const policy = createAddressPolicy(options.allow ?? []);
  const url = parseFetchUrl(policy, target.url);
  if (!(url instanceof URL)) {
    const code = url.code === 'fetch.bad_url' ? 'alerts.bad_url' : 'alerts.blocked_address';
    const message = url.message.replace(/^fetch: /, 'alerts: webhook ');
    return { ok: false, code, message, attempts: 0, deliveryId };
  }
  const body = Buffer.from(JSON.stringify(buildWebhookBody(batch, deliveryId)));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const agent = new Agent({
    connect: { timeout: timeoutMs, lookup: createSafeLookup(policy, options.lookup) as never },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  try {
    return await deliverWith({ url, secret: target.secret, body, deliveryId, agent, options });
  } finally {
    await agent.close();
  }
}
