// What routes and pages are given: the store, the clock, the use cases, the guards, the limits.
import type { Context, MiddlewareHandler } from 'hono';
import type { Role, Store } from '../store/index.ts';
import type { BucketSpec } from './auth/rate-limit.ts';
import type { Principal } from './auth/principal.ts';
import type { AppEnv } from './env.ts';
import type { UploadedFile } from './jobs.ts';
import type { Services } from './services/index.ts';

export interface Limits {
  /** Largest request body, except uploads. */
  readonly bodyBytes: number;
  /** Largest upload (feed files, OPML). */
  readonly uploadBytes: number;
  /** Sign-in attempts per client address. */
  readonly login: BucketSpec;
  /** Requests per API key. */
  readonly keyUse: BucketSpec;
  /** Failed API-key attempts per client address. */
  readonly authFailures: BucketSpec;
}

export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 1024 * 1024,
  uploadBytes: 64 * 1024 * 1024,
  login: { capacity: 5, refillPerSecond: 1 / 12 },
  keyUse: { capacity: 600, refillPerSecond: 100 },
  authFailures: { capacity: 10, refillPerSecond: 1 / 6 },
};

export interface ServerKit {
  readonly store: Store;
  readonly now: () => Date;
  readonly services: Services;
  readonly limits: Limits;
  /** The client's address, for rate limits and the audit log ('unknown' when there is none). */
  readonly clientOf: (c: Context) => string;
  readonly requireRole: (role: Role) => MiddlewareHandler<AppEnv>;
  readonly hasRole: (principal: Principal | null, role: Role) => boolean;
  /** Returns the name the audit log and analysts' decisions give principal (`user:NAME`, `local`, …). */
  readonly actorOf: (principal: Principal | null) => string;
  /** Returns the files of an upload (multipart `file` fields, or a raw body). */
  readonly readUploads: (c: Context) => Promise<UploadedFile[]>;
}
