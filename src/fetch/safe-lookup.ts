// The DNS step of every connection. The policy is checked here, inside the connector's lookup,
// on every address a name resolves to, and the socket connects only to those addresses: a name
// that changes its answer between a check and the connect (DNS rebinding) cannot slip through.
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { isHostAllowed, refuseAddress, type AddressPolicy } from './address-policy.ts';
import { parseIp } from './ip-address.ts';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to its addresses; tests pass their own. */
export type ResolveHost = (hostname: string) => Promise<readonly ResolvedAddress[]>;

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** Node's socket `lookup` option, as net.connect calls it. */
export type SocketLookup = (hostname: string, options: { all?: boolean }, callback: LookupCallback) => void;

/** The error a lookup fails with when the policy refuses an address. */
export class BlockedAddressError extends Error {
  readonly code = 'ENEWSWATCH_BLOCKED';
}

/** Returns the addresses of a name as the system resolver gives them. */
export const resolveWithSystem: ResolveHost = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
};

/** Returns why one of the addresses is refused for this host, or null when all may be reached. */
export function refuseResolved(
  policy: AddressPolicy,
  hostname: string,
  addresses: readonly ResolvedAddress[],
): string | null {
  if (isHostAllowed(policy, hostname)) return null;
  for (const entry of addresses) {
    const parsed = parseIp(entry.address);
    if (!parsed) return `fetch: ${hostname} resolved to an unreadable address ${entry.address}`;
    const refusal = refuseAddress(policy, parsed, hostname);
    if (refusal) return refusal.message;
  }
  return null;
}

/** Returns a socket lookup that resolves with `resolve` and refuses what the policy forbids. */
export function createSafeLookup(
  policy: AddressPolicy,
  resolve: ResolveHost = resolveWithSystem,
): SocketLookup {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) {
          const err: NodeJS.ErrnoException = new Error(`fetch: ${hostname} has no address`);
          err.code = 'ENOTFOUND';
          return callback(err, []);
        }
        const refusal = refuseResolved(policy, hostname, addresses);
        if (refusal) return callback(new BlockedAddressError(refusal), []);
        if (options.all)
          return callback(
            null,
            addresses.map((a) => ({ address: a.address, family: a.family })),
          );
        const first = addresses[0]!;
        callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, []),
    );
  };
}
