// Finds the feeds a web page announces: `<link rel="alternate">` with a feed type, resolved
// against `<base href>` and the page URL; plus the usual feed paths of its site, to try next.
// Spec: https://www.rssboard.org/rss-autodiscovery
import { Parser } from 'htmlparser2';

export interface DiscoveredFeed {
  readonly url: string;
  /** The media type the link declared, lower case. */
  readonly type: string;
  readonly title: string | null;
}

export interface FeedDiscovery {
  /** Feeds the page links to, in document order, without duplicates. */
  readonly feeds: readonly DiscoveredFeed[];
  /** The site's common feed paths not already among `feeds`, for the caller to try in order. */
  readonly guesses: readonly string[];
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
]);

export const COMMON_FEED_PATHS = [
  '/feed',
  '/rss',
  '/rss.xml',
  '/atom.xml',
  '/feed.xml',
  '/index.xml',
  '/feeds/posts/default',
];

function resolveHttp(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

interface RawLink {
  readonly href: string;
  readonly type: string;
  readonly title: string | null;
}

// Reads the base and the feed links; resolution waits for the end, as `<base>` applies to all.
function readLinks(html: string): { base: string | null; links: RawLink[] } {
  let base: string | null = null;
  const links: RawLink[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'base' && base === null && attrs['href']) base = attrs['href'];
      if (name !== 'link' || !attrs['href']) return;
      const rels = (attrs['rel'] ?? '').toLowerCase().split(/\s+/);
      const type = (attrs['type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (rels.includes('alternate') && FEED_TYPES.has(type)) {
        links.push({ href: attrs['href'], type, title: attrs['title']?.trim() || null });
      }
    },
  });
  parser.end(html);
  return { base, links };
}

/** Returns the common feed paths of the page's site, as absolute URLs. */
export function commonFeedUrls(pageUrl: string): string[] {
  return COMMON_FEED_PATHS.map((path) => resolveHttp(path, pageUrl)).filter(
    (url): url is string => url !== null,
  );
}

/** Returns the feeds an HTML page links to and the common paths worth trying on its site. */
export function discoverFeeds(html: string, pageUrl: string): FeedDiscovery {
  const { base, links } = readLinks(html);
  const baseUrl = (base && resolveHttp(base, pageUrl)) || pageUrl;
  const feeds: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const url = resolveHttp(link.href, baseUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    feeds.push({ url, type: link.type, title: link.title });
  }
  return { feeds, guesses: commonFeedUrls(pageUrl).filter((url) => !seen.has(url)) };
}
