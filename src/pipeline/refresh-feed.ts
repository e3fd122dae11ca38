// The polling use case for one feed, top to bottom: fetch politely, parse, store, record what
// happened, plan the next fetch, and move the feed after a settled permanent redirect.
import type { FeedFetcher, FetchResult } from '../fetch/index.ts';
import type { AttemptResponse, FeedSchedule, FetchAttempt, ItemId } from '../model/index.ts';
import { fetchArticle } from './fetch-article.ts';
import { parseFeed } from '../parse/index.ts';
import { prepareItems } from '../process/index.ts';
import {
  DEFAULT_POLICY,
  isFullFetchDue,
  nextFetchAt,
  trackRedirect,
  type PollPolicy,
} from '../schedule/index.ts';
import type { SourceBytes, Store } from '../store/index.ts';

export interface PollDeps {
  readonly store: Store;
  readonly fetcher: FeedFetcher;
  readonly now: () => Date;
  readonly policy?: PollPolicy;
}

export interface RefreshResult {
  readonly feedId: number;
  readonly outcome: FetchAttempt['outcome'];
  readonly code: string | null;
  readonly itemsNew: number;
  readonly movedTo: string | null;
}

interface Stored {
  readonly fetchId: number | null;
  readonly itemsNew: number;
  readonly newItemIds: readonly ItemId[];
  readonly failure: { readonly code: string; readonly message: string } | null;
}

const NOTHING: Stored = { fetchId: null, itemsNew: 0, newItemIds: [], failure: null };
/** Article pages fetched per refresh at most, so one busy feed cannot hold up a round. */
const MAX_ARTICLES_PER_REFRESH = 20;

function sourceOf(result: FetchResult & { kind: 'ok' }): SourceBytes {
  return {
    source: result.finalUrl,
    fetchedAt: result.fetchedAt,
    bytes: result.body,
    httpStatus: result.status,
    httpHeaders: result.headers,
  };
}

/** Parses and stores a fetched body; a body that is no feed is archived and reported as such. */
async function storeBody(
  store: Store,
  feed: FeedSchedule,
  result: FetchResult & { kind: 'ok' },
  now: Date,
): Promise<Stored> {
  const contentType = result.headers['content-type'];
  const contentLanguage = result.headers['content-language'];
  const parsed = parseFeed(result.body, {
    url: result.finalUrl,
    now,
    ...(contentType ? { contentType } : {}),
    ...(contentLanguage ? { contentLanguage } : {}),
  });
  if (parsed.format === 'unknown') {
    const fetchId = await store.archiveResponse(feed.feedId, sourceOf(result), null);
    const reason = parsed.warnings.at(-1)?.message ?? 'parse: no feed found';
    return {
      fetchId,
      itemsNew: 0,
      newItemIds: [],
      failure: { code: 'fetch.not_a_feed', message: `fetch: ${feed.url} is not a feed (${reason})` },
    };
  }
  const outcome = await store.importFeed({
    feed: { url: feed.url, kind: 'http', title: parsed.title, siteUrl: parsed.link },
    raw: sourceOf(result),
    parsed,
    items: prepareItems(parsed),
    skipKnownBytes: 'last',
  });
  return {
    fetchId: outcome.fetchId,
    itemsNew: outcome.itemsNew,
    newItemIds: outcome.newItemIds,
    failure: null,
  };
}

/** What the server answered, to keep with the attempt; null when no response arrived. */
function responseOf(result: FetchResult): AttemptResponse | null {
  if (result.kind === 'ok') return { headers: result.headers, body: result.body, isBodyTruncated: false };
  if (result.kind === 'not_modified') return { headers: result.headers, body: null, isBodyTruncated: false };
  if (!result.headers) return null;
  return {
    headers: result.headers,
    body: result.body ?? null,
    isBodyTruncated: result.isBodyTruncated === true,
  };
}

/** Fetches the article pages of new items that carried only an excerpt. */
async function fetchArticles(deps: PollDeps, itemIds: readonly ItemId[]): Promise<void> {
  let fetched = 0;
  for (const id of itemIds) {
    if (fetched >= MAX_ARTICLES_PER_REFRESH) return;
    const detail = await deps.store.getItem(id);
    if (!detail?.item.truncated) continue;
    fetched += 1;
    await fetchArticle(deps.store, deps.fetcher, id);
  }
}

/** Fetches one feed and records the attempt, whatever came of it. */
export async function refreshFeed(deps: PollDeps, feed: FeedSchedule): Promise<RefreshResult> {
  const policy = deps.policy ?? DEFAULT_POLICY;
  const startedAt = deps.now();
  const isFull = isFullFetchDue(feed, startedAt.toISOString(), policy);
  const result = await deps.fetcher.fetch({
    url: feed.url,
    etag: feed.etag,
    lastModified: feed.lastModified,
    isForcedFull: isFull,
  });
  const stored = result.kind === 'ok' ? await storeBody(deps.store, feed, result, startedAt) : NOTHING;
  const now = deps.now().toISOString();
  const failure = result.kind === 'error' ? { code: result.code, message: result.message } : stored.failure;
  const attempt: FetchAttempt = {
    feedId: feed.feedId,
    startedAt: startedAt.toISOString(),
    durationMs: Date.parse(now) - startedAt.getTime(),
    outcome: failure ? 'error' : result.kind === 'not_modified' ? 'not_modified' : 'ok',
    code: failure?.code ?? null,
    message: failure?.message ?? null,
    httpStatus: result.kind === 'error' ? (result.status ?? null) : result.status,
    finalUrl: result.kind === 'error' ? result.url : result.finalUrl,
    fetchId: stored.fetchId as FetchAttempt['fetchId'],
  };
  const permanentTarget = result.kind !== 'error' && result.isPermanentRedirect ? result.finalUrl : null;
  const redirect = trackRedirect(feed, permanentTarget, now, policy);
  await deps.store.recordAttempt(
    attempt,
    {
      nextFetchAt: nextFetchAt(
        feed,
        {
          isError: failure !== null,
          retryAfterMs: result.kind === 'error' ? (result.retryAfterMs ?? null) : null,
        },
        now,
        policy,
      ),
      etag: result.kind === 'error' ? feed.etag : result.etag,
      lastModified: result.kind === 'error' ? feed.lastModified : result.lastModified,
      isFullFetch: isFull && result.kind === 'ok',
      redirect: redirect.state,
    },
    responseOf(result),
  );
  if (feed.fetchFullText) await fetchArticles(deps, stored.newItemIds);
  if (redirect.moveTo) {
    await deps.store.moveFeed(
      feed.feedId,
      redirect.moveTo,
      `permanent redirect seen ${redirect.state.seen} times since ${redirect.state.firstSeenAt}`,
      now,
    );
  }
  return {
    feedId: feed.feedId,
    outcome: attempt.outcome,
    code: attempt.code,
    itemsNew: stored.itemsNew,
    movedTo: redirect.moveTo,
  };
}
