// Item identity inside one feed: the declared guid/id, else the link, else a hash of title
// and date. Two different items that share a guid (it happens) both survive: the later ones
// get the guid plus a hash of what they say.
import { createHash } from 'node:crypto';

export interface IdentityParts {
  readonly guid: string | null;
  readonly link: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly text: string;
}

function hashOf(...parts: ReadonlyArray<string | null>): string {
  return createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}

/** Returns a function that gives each item of one feed an id no other distinct item has. */
export function createIdentityAssigner(): (parts: IdentityParts) => string {
  // Fingerprints are computed only when an id repeats, which is rare.
  const seen = new Map<string, IdentityParts>();
  const fingerprintOf = (p: IdentityParts) => hashOf(p.title, p.link, p.date, p.text);
  return (parts) => {
    const base = parts.guid || parts.link || `hash:${hashOf(parts.title, parts.date)}`;
    const first = seen.get(base);
    if (first === undefined) {
      seen.set(base, parts);
      return base;
    }
    const fingerprint = fingerprintOf(parts);
    return fingerprintOf(first) === fingerprint ? base : `${base}#${fingerprint}`;
  };
}
