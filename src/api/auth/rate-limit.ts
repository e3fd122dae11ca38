// In-memory token buckets, one per key (an IP address or an API key prefix). Enough for one
// process; the map is pruned so that a flood of addresses cannot grow it without bound.

export interface BucketSpec {
  /** Requests allowed in a burst. */
  readonly capacity: number;
  /** Tokens added back per second. */
  readonly refillPerSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const MAX_KEYS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly spec: BucketSpec,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Takes a token for key; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const now = this.clock();
    const bucket = this.refill(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.spec.refillPerSecond);
  }

  /** Returns the seconds to wait before key may try again (0 when it may now), taking nothing. */
  waitFor(key: string): number {
    const old = this.buckets.get(key);
    if (!old) return 0;
    const tokens = Math.min(
      this.spec.capacity,
      old.tokens + ((this.clock() - old.at) / 1000) * this.spec.refillPerSecond,
    );
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / this.spec.refillPerSecond);
  }

  private refill(key: string, now: number): Bucket {
    const old = this.buckets.get(key);
    const elapsed = old ? (now - old.at) / 1000 : 0;
    const tokens = old
      ? Math.min(this.spec.capacity, old.tokens + elapsed * this.spec.refillPerSecond)
      : this.spec.capacity;
    const bucket = { tokens, at: now };
    this.buckets.delete(key); // re-inserted last: the map's order is least recently used first
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_KEYS) this.buckets.delete(this.buckets.keys().next().value as string);
    return bucket;
  }
}
