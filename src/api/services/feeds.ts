// Feeds as the API and the UI manage them: add by any URL, remove, OPML in and out.
import { parseOpml, writeOpml, type OpmlProblem } from '../../fetch/index.ts';
import { AppError, type FeedId, type FeedRecord } from '../../model/index.ts';
import { findFeed } from '../../pipeline/index.ts';
import type { ServiceDeps } from './deps.ts';

export interface AddFeedInput {
  readonly url: string;
  readonly intervalSeconds?: number | null | undefined;
  readonly fetchFullText?: boolean | undefined;
}

export interface AddedFeed {
  readonly feed: FeedRecord;
  /** Other feeds the page linked to. */
  readonly alternatives: readonly string[];
}

export interface OpmlImport {
  readonly added: number;
  readonly existing: number;
  readonly problems: readonly OpmlProblem[];
}

/** Returns true for a feed the poller follows. */
export const isFollowed = (f: FeedRecord): boolean => f.kind === 'http' && f.removedAt === null;

/** Follows the feed at url, or the first feed the page at url links to; returns it. */
export async function addFeed(deps: ServiceDeps, input: AddFeedInput): Promise<AddedFeed> {
  const now = deps.now();
  const found = await findFeed(deps.fetcher, input.url, now);
  if (!found.ok) throw new AppError('fetch.not_a_feed', found.message, { url: input.url });
  const feed = await deps.store.addFeed(
    {
      url: found.url,
      title: found.title,
      siteUrl: found.siteUrl,
      intervalSeconds: input.intervalSeconds ?? null,
      fetchFullText: input.fetchFullText === true,
    },
    now.toISOString(),
  );
  return { feed, alternatives: found.alternatives };
}

/** Stops following a feed (its items stay); throws input.not_found when there is none. */
export async function removeFeed(deps: ServiceDeps, id: FeedId): Promise<void> {
  if (!(await deps.store.removeFeed(id, deps.now().toISOString()))) {
    throw new AppError('input.not_found', `feeds: no followed feed #${id}`);
  }
}

/** Follows every feed of an OPML document not followed yet; returns what happened. */
export async function importOpml(deps: ServiceDeps, text: string): Promise<OpmlImport> {
  const opml = parseOpml(text);
  const now = deps.now().toISOString();
  let added = 0;
  for (const f of opml.feeds) {
    const existing = await deps.store.getFeedByUrl(f.url);
    if (existing && isFollowed(existing)) continue;
    await deps.store.addFeed({ url: f.url, title: f.title, siteUrl: f.htmlUrl }, now);
    added += 1;
  }
  return { added, existing: opml.feeds.length - added, problems: opml.problems };
}

/** Returns the followed feeds as an OPML 2.0 document. */
export async function exportOpml(deps: ServiceDeps): Promise<string> {
  const feeds = (await deps.store.listFeeds()).filter(isFollowed);
  return writeOpml(
    feeds.map((f) => ({ url: f.url, title: f.title, htmlUrl: f.siteUrl, categoryPath: [] })),
    { title: 'newswatch feeds', now: deps.now() },
  );
}
