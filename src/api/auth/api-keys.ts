// API keys: `nw_<prefix>_<secret>`. The prefix finds the row; the secret is 256 random bits,
// stored as its sha256. A slow hash (scrypt) would add nothing against guessing a 256-bit
// secret and would cost ~50 ms of CPU on every API request.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY = /^nw_([a-z0-9]{10})_([a-f0-9]{64})$/;

export interface NewKeySecret {
  /** The whole key, shown once. */
  readonly key: string;
  readonly prefix: string;
  readonly hash: string;
}

/** Returns the sha256 of a key secret, as stored. */
export function hashKeySecret(secret: string): string {
  return `sha256:${createHash('sha256').update(secret).digest('hex')}`;
}

/** Returns a fresh key, its prefix and the hash to store. */
export function generateApiKey(): NewKeySecret {
  const prefix = randomBytes(8).toString('hex').slice(0, 10);
  const secret = randomBytes(32).toString('hex');
  return { key: `nw_${prefix}_${secret}`, prefix, hash: hashKeySecret(secret) };
}

/** Returns the prefix and secret of a well-formed key, or null. */
export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const match = KEY.exec(key);
  return match?.[1] && match[2] ? { prefix: match[1], secret: match[2] } : null;
}

/** Returns true when secret hashes to the stored hash (compared in constant time). */
export function isKeySecret(secret: string, stored: string): boolean {
  const a = Buffer.from(hashKeySecret(secret));
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}
