// Which URLs and addresses the fetcher may reach. Feed URLs are untrusted: by default only
// public addresses over http(s); an allow-list names hosts or ranges that may be reached anyway
// (tests reach their own servers on 127.0.0.1 this way).
import { formatIp, isInRange, parseCidr, parseIp, type CidrRange, type IpAddress } from './ip-address.ts';
import { reservedRangeOf } from './reserved-ranges.ts';

export interface AddressPolicy {
  /** Host names (exact, or `*.suffix`) whose addresses are trusted, lower case. */
  readonly hosts: readonly string[];
  readonly ranges: readonly CidrRange[];
}

/** Why an address or URL was refused. */
export interface Refusal {
  readonly code: 'fetch.bad_url' | 'fetch.blocked_address';
  readonly message: string;
}

/** Returns the policy for an allow-list of host names and CIDR ranges (`['127.0.0.1/32', 'localhost']`). */
export function createAddressPolicy(allow: readonly string[] = []): AddressPolicy {
  const hosts: string[] = [];
  const ranges: CidrRange[] = [];
  for (const entry of allow) {
    const range = parseCidr(entry.trim());
    if (range) ranges.push(range);
    else hosts.push(entry.trim().toLowerCase());
  }
  return { hosts, ranges };
}

/** Returns the URL's host name without IPv6 brackets, lower case. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/** Returns true when the policy trusts this host name by name. */
export function isHostAllowed(policy: AddressPolicy, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return policy.hosts.some((allowed) =>
    allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : host === allowed,
  );
}

/** Returns why an address (that hostname resolved to, if given) may not be reached, or null when it may. */
export function refuseAddress(policy: AddressPolicy, address: IpAddress, hostname?: string): Refusal | null {
  const reserved = reservedRangeOf(address);
  if (reserved === null || policy.ranges.some((range) => isInRange(address, range))) return null;
  const subject = hostname ? `${hostname} resolves to ${formatIp(address)}, which` : formatIp(address);
  return {
    code: 'fetch.blocked_address',
    message: `fetch: ${subject} is not a public address (${reserved})`,
  };
}

/**
 * Returns why a URL may not be fetched, or null: a scheme other than http(s), or a host that is
 * an IP literal in a refused range. Names are checked later, on every address they resolve to.
 */
export function refuseUrl(policy: AddressPolicy, url: URL): Refusal | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { code: 'fetch.bad_url', message: `fetch: ${url.protocol} URLs are not fetched` };
  }
  const hostname = bareHostname(url);
  if (isHostAllowed(policy, hostname)) return null;
  const literal = parseIp(hostname);
  return literal ? refuseAddress(policy, literal) : null;
}

/** Returns the parsed URL, or the reason it cannot be fetched. */
export function parseFetchUrl(policy: AddressPolicy, text: string): URL | Refusal {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { code: 'fetch.bad_url', message: `fetch: not a URL: ${text.slice(0, 200)}` };
  }
  return refuseUrl(policy, url) ?? url;
}
