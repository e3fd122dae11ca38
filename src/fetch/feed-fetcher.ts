// Fetches one feed URL: redirects followed by hand so that every hop passes the address
// policy, the whole exchange under one total timeout, every expected failure a result.
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
import { createAddressPolicy, parseFetchUrl, type AddressPolicy } from './address-policy.ts';
import { classifyError, TotalTimeoutError } from './classify-error.ts';
import { buildRequestHeaders, DEFAULT_FETCH_SETTINGS } from './fetch-settings.ts';
import type {
  FetchFailure,
  FetchOptions,
  FetchRequest,
  FetchResult,
  FetchSettings,
  RedirectHop,
} from './fetch-types.ts';
import { outcomeOf } from './response-outcome.ts';
import { createSafeLookup } from './safe-lookup.ts';

export interface FeedFetcher {
  /** Returns the outcome of fetching one feed; never throws for network or HTTP failures. */
  fetch(request: FetchRequest): Promise<FetchResult>;
  /** Closes the connections kept alive between fetches. */
  close(): Promise<void>;
}

interface Context {
  readonly settings: FetchSettings;
  readonly policy: AddressPolicy;
  readonly agent: Agent;
  readonly now: () => Date;
}

// One chain being followed: what every result reports about it.
interface Chain {
  readonly requestedUrl: string;
  readonly redirects: RedirectHop[];
  readonly fetchedAt: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function baseOf(chain: Chain) {
  const { requestedUrl, redirects, fetchedAt } = chain;
  const isPermanentRedirect =
    redirects.length > 0 && redirects.every((hop) => hop.status === 301 || hop.status === 308);
  return { requestedUrl, redirects: [...redirects], isPermanentRedirect, fetchedAt };
}

function failure(
  chain: Chain,
  code: FetchFailure['code'],
  message: string,
  url: string,
  status?: number,
): FetchFailure {
  return { ...baseOf(chain), kind: 'error', code, message, url, ...(status !== undefined ? { status } : {}) };
}

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

// Records a redirect hop; returns the next URL, or the failure that ends the chain.
async function followRedirect(ctx: Context, chain: Chain, url: URL, response: Dispatcher.ResponseData) {
  const location = response.headers['location'];
  await response.body.dump();
  const text = Array.isArray(location) ? location[0] : location;
  let target: URL;
  try {
    target = new URL(text ?? '', url);
    if (!text) throw new Error('no Location');
  } catch {
    const message = `fetch: ${url.href}: ${response.statusCode} redirect without a usable Location`;
    return failure(chain, 'fetch.bad_redirect', message, url.href, response.statusCode);
  }
  chain.redirects.push({ url: url.href, status: response.statusCode, location: target.href });
  // Every URL visited so far is the `url` of a recorded hop, the first one included.
  if (chain.redirects.some((hop) => hop.url === target.href))
    return failure(chain, 'fetch.redirect_loop', `fetch: ${url.href}: redirect loop`, target.href);
  if (chain.redirects.length > ctx.settings.maxRedirects) {
    const message = `fetch: ${chain.requestedUrl}: more than ${ctx.settings.maxRedirects} redirects`;
    return failure(chain, 'fetch.too_many_redirects', message, target.href);
  }
  return target.href;
}

async function followChain(ctx: Context, chain: Chain, request: FetchRequest, signal: AbortSignal) {
  const headers = buildRequestHeaders(request, ctx.settings.userAgent);
  let current = request.url;
  for (;;) {
    const url = parseFetchUrl(ctx.policy, current);
    if (!(url instanceof URL)) return failure(chain, url.code, url.message, current);
    let response: Dispatcher.ResponseData;
    try {
      response = await undiciRequest(url, { dispatcher: ctx.agent, method: 'GET', headers, signal });
    } catch (err) {
      const { code, message } = classifyError(err, url.href);
      return failure(chain, code, message, url.href);
    }
    if (!REDIRECT_STATUSES.has(response.statusCode)) {
      const final = {
        url: url.href,
        status: response.statusCode,
        headers: flattenHeaders(response.headers),
        body: response.body,
      };
      return outcomeOf(baseOf(chain), final, request, {
        maxBodyBytes: ctx.settings.maxBodyBytes,
        now: ctx.now,
      });
    }
    const next = await followRedirect(ctx, chain, url, response);
    if (typeof next !== 'string') return next;
    current = next;
  }
}

async function fetchWith(ctx: Context, request: FetchRequest): Promise<FetchResult> {
  const chain: Chain = { requestedUrl: request.url, redirects: [], fetchedAt: ctx.now().toISOString() };
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new TotalTimeoutError(`fetch: gave up after ${ctx.settings.totalTimeoutMs} ms`));
  }, ctx.settings.totalTimeoutMs);
  try {
    return await followChain(ctx, chain, request, controller.signal);
  } catch (err) {
    // Failures while reading a body (timeouts, resets) end here.
    const url = chain.redirects.at(-1)?.location ?? request.url;
    const { code, message } = classifyError(err, url);
    return failure(chain, code, message, url);
  } finally {
    clearTimeout(timer);
  }
}

/** Returns a fetcher that keeps connections alive between fetches; close it when done. */
export function createFeedFetcher(options: FetchOptions): FeedFetcher {
  const settings: FetchSettings = { ...DEFAULT_FETCH_SETTINGS, ...withoutUndefined(options) };
  const policy = createAddressPolicy(settings.allow);
  const lookup = createSafeLookup(policy, options.lookup);
  const agent = new Agent({
    connect: { timeout: settings.connectTimeoutMs, lookup: lookup as never },
    headersTimeout: settings.headersTimeoutMs,
    bodyTimeout: settings.headersTimeoutMs,
  });
  const ctx: Context = { settings, policy, agent, now: options.now };
  return { fetch: (request) => fetchWith(ctx, request), close: () => agent.close() };
}

/** Returns the outcome of one fetch with its own connections, closed afterwards. */
export async function fetchFeed(request: FetchRequest, options: FetchOptions): Promise<FetchResult> {
  const fetcher = createFeedFetcher(options);
  try {
    return await fetcher.fetch(request);
  } finally {
    await fetcher.close();
  }
}

function withoutUndefined(options: FetchOptions): Partial<FetchSettings> {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_FETCH_SETTINGS) as Array<keyof FetchSettings>) {
    if (options[key] !== undefined) picked[key] = options[key];
  }
  return picked as Partial<FetchSettings>;
}
