// Addresses a feed fetcher must never reach by default: everything that is not the public
// internet. Source: the IANA special-purpose registries.
// Spec: https://www.iana.org/assignments/iana-ipv4-special-registry/
// Spec: https://www.iana.org/assignments/iana-ipv6-special-registry/
import { isInRange, parseCidr, type CidrRange, type IpAddress } from './ip-address.ts';

type NamedRange = readonly [range: CidrRange, name: string];

function ranges(table: ReadonlyArray<readonly [string, string]>): readonly NamedRange[] {
  return table.map(([cidr, name]) => {
    const range = parseCidr(cidr);
    if (!range) throw new Error(`reserved-ranges: bad CIDR ${cidr}`);
    return [range, name] as const;
  });
}

const IPV4_RANGES = ranges([
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'cgnat'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'protocol-assignments'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', 'reserved'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
]);

// IPv6 ranges that carry an IPv4 address: the embedded address decides.
const IPV6_EMBEDDING = ranges([
  ['::ffff:0:0/96', 'ipv4-mapped'],
  ['64:ff9b::/96', 'nat64'],
]);

const IPV6_RANGES = ranges([
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['fc00::/7', 'unique-local'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local'],
  ['ff00::/8', 'multicast'],
  ['2001:db8::/32', 'documentation'],
  ['3fff::/20', 'documentation'],
  ['2001::/32', 'teredo'],
  ['2001:2::/48', 'benchmarking'],
  ['2001:10::/28', 'reserved'],
  ['2001:20::/28', 'reserved'],
]);

const GLOBAL_UNICAST = ranges([['2000::/3', 'global']])[0]![0];
const SIX_TO_FOUR = ranges([['2002::/16', '6to4']])[0]![0];

function findRange(address: IpAddress, table: readonly NamedRange[]): string | null {
  return table.find(([range]) => isInRange(address, range))?.[1] ?? null;
}

function ipv4At(address: IpAddress, offset: number): IpAddress {
  return { family: 4, bytes: address.bytes.slice(offset, offset + 4) };
}

/**
 * Returns the name of the non-public range an address lies in ('loopback', 'private',
 * 'ipv4-mapped loopback' ...), or null for a public address.
 */
export function reservedRangeOf(address: IpAddress): string | null {
  if (address.family === 4) return findRange(address, IPV4_RANGES);
  const embedding = findRange(address, IPV6_EMBEDDING);
  if (embedding) {
    const inner = findRange(ipv4At(address, 12), IPV4_RANGES);
    return inner ? `${embedding} ${inner}` : null;
  }
  const named = findRange(address, IPV6_RANGES);
  if (named) return named;
  if (isInRange(address, SIX_TO_FOUR)) {
    const inner = findRange(ipv4At(address, 2), IPV4_RANGES);
    return inner ? `6to4 ${inner}` : null;
  }
  // Only 2000::/3 is allocated for global unicast; the rest is reserved or deprecated
  // (including the IPv4-compatible ::a.b.c.d form).
  return isInRange(address, GLOBAL_UNICAST) ? null : 'reserved';
}
