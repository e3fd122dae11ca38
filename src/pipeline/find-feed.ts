// Adding a feed by any URL a user has: the feed itself, or a web page that links to it.
import { commonFeedUrls, discoverFeeds, type FeedFetcher } from '../fetch/index.ts';
import { decodeDocument, parseFeed } from '../parse/index.ts';

export type FoundFeed =
  | {
      readonly ok: true;
      readonly url: string;
      readonly title: string | null;
      readonly siteUrl: string | null;
      readonly alternatives: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

async function tryFeed(fetcher: FeedFetcher, url: string, now: Date) {
  const result = await fetcher.fetch({ url, isForcedFull: true });
  if (result.kind !== 'ok') return { result, feed: null };
  const contentType = result.headers['content-type'];
  const feed = parseFeed(result.body, { url: result.finalUrl, now, ...(contentType ? { contentType } : {}) });
  return { result, feed: feed.format === 'unknown' ? null : feed };
}

/** Returns the feed at url, or the first feed the page at url links to (or keeps at a common path). */
export async function findFeed(fetcher: FeedFetcher, url: string, now: Date): Promise<FoundFeed> {
  const first = await tryFeed(fetcher, url, now);
  if (first.feed)
    return { ok: true, url, title: first.feed.title, siteUrl: first.feed.link, alternatives: [] };
  if (first.result.kind === 'error') return { ok: false, message: first.result.message };
  if (first.result.kind !== 'ok')
    return { ok: false, message: `feeds: ${url} answered 304 to a full request` };
  const page = decodeDocument(first.result.body, first.result.headers['content-type']).text;
  const discovery = discoverFeeds(page, first.result.finalUrl);
  const candidates = [
    ...discovery.feeds.map((f) => f.url),
    ...discovery.guesses,
    ...commonFeedUrls(first.result.finalUrl),
  ];
  for (const candidate of [...new Set(candidates)]) {
    const tried = await tryFeed(fetcher, candidate, now);
    if (tried.feed) {
      const alternatives = discovery.feeds.map((f) => f.url).filter((u) => u !== candidate);
      return { ok: true, url: candidate, title: tried.feed.title, siteUrl: tried.feed.link, alternatives };
    }
  }
  return { ok: false, message: `feeds: ${url} is not a feed and links to none` };
}
