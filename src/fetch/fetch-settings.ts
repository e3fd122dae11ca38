// Defaults for fetching and the request headers a feed fetch sends.
import type { FetchRequest, FetchSettings } from './fetch-types.ts';

/** A clear User-Agent with a contact URL, so site owners can reach whoever runs the poller. */
export const DEFAULT_USER_AGENT = 'newswatch/0.1 (feed reader; +https://example.org/newswatch-contact)';

export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  userAgent: DEFAULT_USER_AGENT,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 20_000,
  totalTimeoutMs: 60_000,
  maxBodyBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  allow: [],
};

// Feed types first; HTML last so a page is still answered (discovery reads it).
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json;q=0.95, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.7, text/html;q=0.2, */*;q=0.1';

// A validator from the store should be a valid header value; a stray line break would make
// the request itself fail.
const headerSafe = (value: string) => value.replace(/[\r\n\0]/g, '').trim();

/** Returns the headers of one request: identity, accepted types and encodings, validators. */
export function buildRequestHeaders(request: FetchRequest, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: FEED_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (request.isForcedFull) {
    // Ask caches along the way for a fresh copy too: they may be the ones answering 304.
    headers['cache-control'] = 'no-cache';
    return headers;
  }
  if (request.etag) headers['if-none-match'] = headerSafe(request.etag);
  if (request.lastModified) headers['if-modified-since'] = headerSafe(request.lastModified);
  return headers;
}
