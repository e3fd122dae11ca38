// The DNS step of a webhook connection: the fetcher's address policy, checked on every address
// a name resolves to, inside the socket's lookup (so DNS rebinding cannot slip a private
// address in between a check and the connect). Webhook URLs are user input, like feed URLs.
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import {
  isHostAllowed,
  parseIp,
  refuseAddress,
  type AddressPolicy,
  type ResolveHost,
} from '../fetch/index.ts';

/** The errno a refused lookup fails with. */
export const BLOCKED_ERRNO = 'ENEWSWATCH_BLOCKED';

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** Node's socket `lookup` option, as net.connect calls it. */
export type SocketLookup = (hostname: string, options: { all?: boolean }, callback: LookupCallback) => void;

const resolveWithSystem: ResolveHost = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
};

function lookupError(message: string, code: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(message);
  err.code = code;
  return err;
}

// Returns why one of the addresses may not be reached, or null.
function refusalOf(policy: AddressPolicy, hostname: string, addresses: readonly LookupAddress[]) {
  if (isHostAllowed(policy, hostname)) return null;
  for (const entry of addresses) {
    const parsed = parseIp(entry.address);
    if (!parsed) return `alerts: webhook host ${hostname} resolved to an unreadable address ${entry.address}`;
    const refusal = refuseAddress(policy, parsed, hostname);
    if (refusal) return refusal.message.replace(/^fetch: /, 'alerts: webhook host ');
  }
  return null;
}

/** Returns a socket lookup that resolves with `resolve` and refuses what the policy forbids. */
export function createWebhookLookup(
  policy: AddressPolicy,
  resolve: ResolveHost = resolveWithSystem,
): SocketLookup {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (resolved) => {
        const addresses = resolved.map((a) => ({ address: a.address, family: a.family }));
        const first = addresses[0];
        if (!first) return callback(lookupError(`alerts: ${hostname} has no address`, 'ENOTFOUND'), []);
        const refusal = refusalOf(policy, hostname, addresses);
        if (refusal) return callback(lookupError(refusal, BLOCKED_ERRNO), []);
        if (options.all) return callback(null, addresses);
        callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, []),
    );
  };
}
