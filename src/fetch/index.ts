// fetch/: the network layer and the pure helpers around it. fetchFeed never throws for an
// expected failure: it returns a result with a stable `fetch.` code. Everything else here is
// pure: address policy, Retry-After, discovery, OPML, article extraction.
export type {
  FetchRequest,
  FetchOptions,
  FetchSettings,
  FetchResult,
  FetchOk,
  FetchNotModified,
  FetchFailure,
  FetchErrorCode,
  RedirectHop,
  FetchWarning,
} from './fetch-types.ts';
export { fetchFeed, createFeedFetcher, type FeedFetcher } from './feed-fetcher.ts';
export { DEFAULT_FETCH_SETTINGS, DEFAULT_USER_AGENT, FEED_ACCEPT } from './fetch-settings.ts';
export type { ResolveHost, ResolvedAddress, SocketLookup } from './safe-lookup.ts';
export { createSafeLookup } from './safe-lookup.ts';
export {
  createAddressPolicy,
  parseFetchUrl,
  refuseUrl,
  refuseAddress,
  isHostAllowed,
  type AddressPolicy,
  type Refusal,
} from './address-policy.ts';
export {
  parseIp,
  parseIpv4,
  parseIpv6,
  parseCidr,
  isInRange,
  formatIp,
  type IpAddress,
  type CidrRange,
} from './ip-address.ts';
export { reservedRangeOf } from './reserved-ranges.ts';
export { retryAfterMs } from './retry-after.ts';
export { HostQueue, hostKeyOf, type TakenJob } from './host-queue.ts';
export { detectBotProtection } from './bot-protection.ts';
export { looksLikeHtmlPage } from './looks-like-html.ts';
export {
  discoverFeeds,
  commonFeedUrls,
  COMMON_FEED_PATHS,
  type DiscoveredFeed,
  type FeedDiscovery,
} from './discover-feeds.ts';
export { parseOpml } from './parse-opml.ts';
export { writeOpml, type WriteOpmlOptions } from './write-opml.ts';
export type { OpmlDocument, OpmlFeed, OpmlProblem } from './opml-types.ts';
export { extractArticle, type ExtractedArticle, type ExtractArticleOptions } from './extract-article.ts';
