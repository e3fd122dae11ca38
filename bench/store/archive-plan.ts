// The plan of a generated archive: which feeds exist, how many items each publishes and when,
// and for every item whether it is an original, a templated report or a wire copy of an
// earlier item in another feed. Everything is a pure function of the seed and the item's
// global index, so files can be written one at a time and a copy can rebuild its original.
import type { BodyStyle } from './article.ts';
import { drawEditRate } from './edits.ts';
import { normal, pick, randomFor, type Random } from './random.ts';

export interface ArchiveSpec {
  readonly items: number;
  readonly seed: number;
  readonly feeds: number;
  /** Share of all items that are wire copies of an item in another feed. */
  readonly copyShare: number;
  /** Share of items that are templated reports (markets, weather, football). */
  readonly templateShare: number;
  readonly startMs: number;
  readonly spanMs: number;
}

/** Returns the default spec for a number of items: 100 feeds over three years. */
export function defaultSpec(items: number, seed = 20250601): ArchiveSpec {
  const startMs = Date.UTC(2022, 5, 1);
  return {
    items,
    seed,
    feeds: 100,
    copyShare: 0.1,
    templateShare: 0.005,
    startMs,
    spanMs: Date.UTC(2025, 5, 1) - startMs,
  };
}

export interface FeedPlan {
  readonly index: number;
  readonly slug: string;
  readonly title: string;
  readonly host: string;
  readonly selfUrl: string;
  readonly isWire: boolean;
  readonly style: BodyStyle;
  readonly language: string | null;
  readonly tzMinutes: number;
  readonly guidStyle: 'permalink' | 'opaque' | 'none';
  readonly hasTracking: boolean;
  readonly count: number;
  /** Global index of the feed's first item. */
  readonly offset: number;
}

export type ItemOrigin =
  | { readonly kind: 'original' }
  | { readonly kind: 'template' }
  | { readonly kind: 'copy'; readonly root: number; readonly editRate: number };

export interface ArchivePlan {
  readonly spec: ArchiveSpec;
  readonly feeds: readonly FeedPlan[];
  /** Probability that an item of a non-wire feed is a copy, so that copies reach copyShare overall. */
  readonly copyChance: number;
}

const WIRE_FEEDS = 5;
const NAME_A = [
  'Daily',
  'Evening',
  'Global',
  'Frontier',
  'Central',
  'Northern',
  'Pacific',
  'Civic',
  'Open',
  'Metro',
];
const NAME_B = [
  'Ledger',
  'Courier',
  'Observer',
  'Herald',
  'Monitor',
  'Tribune',
  'Dispatch',
  'Review',
  'Post',
  'Sentinel',
];
const TIMEZONES = [0, 0, 0, 60, 480, -300, 330];
const LANGUAGES = ['en', 'en-gb', 'en-us', null];

function feedOf(spec: ArchiveSpec, index: number, random: Random): Omit<FeedPlan, 'count' | 'offset'> {
  const isWire = index < WIRE_FEEDS;
  const name = isWire
    ? `${pick(random, NAME_A)} Press Wire`
    : `The ${NAME_A[index % 10]} ${NAME_B[Math.floor(index / 10) % 10]}`;
  const slug = `${name
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '')}-${index}`;
  const host = `${slug}.example`;
  return {
    index,
    slug,
    title: name,
    host,
    selfUrl: `https://${host}/feed.xml`,
    isWire,
    style: isWire || random() < 0.5 ? 'full' : 'summary',
    language: random() < 0.8 ? pick(random, LANGUAGES.slice(0, 3)) : pick(random, LANGUAGES),
    tzMinutes: pick(random, TIMEZONES),
    guidStyle: pick(random, ['permalink', 'opaque', 'opaque', 'none'] as const),
    hasTracking: random() < 0.15,
  };
}

/** Returns the archive plan: feed volumes vary log-normally, wire feeds publish most. */
export function planArchive(spec: ArchiveSpec): ArchivePlan {
  const random = randomFor(spec.seed, 11);
  const drafts = Array.from({ length: spec.feeds }, (_, i) => feedOf(spec, i, random));
  const weights = drafts.map((d) => Math.exp(0.8 * normal(random)) * (d.isWire ? 3 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((spec.items * w) / total)));
  counts[counts.length - 1] = Math.max(1, spec.items - counts.slice(0, -1).reduce((a, b) => a + b, 0));
  let offset = 0;
  const feeds = drafts.map((draft, i) => {
    const feed = { ...draft, count: counts[i] as number, offset };
    offset += feed.count;
    return feed;
  });
  const copyable = feeds.filter((f) => !f.isWire).reduce((n, f) => n + f.count, 0);
  return { spec, feeds, copyChance: Math.min(1, (spec.copyShare * spec.items) / Math.max(1, copyable)) };
}

/** Returns the feed that holds global item index g. */
export function feedOfItem(plan: ArchivePlan, g: number): FeedPlan {
  let low = 0;
  let high = plan.feeds.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((plan.feeds[mid] as FeedPlan).offset <= g) low = mid;
    else high = mid - 1;
  }
  return plan.feeds[low] as FeedPlan;
}

/** Returns the publication time (ms) of item k of a feed: one slot each, oldest first. */
export function itemTime(plan: ArchivePlan, feed: FeedPlan, k: number): number {
  const jitter = randomFor(plan.spec.seed, feed.offset + k, 5)();
  return plan.spec.startMs + Math.floor((plan.spec.spanMs * (k + jitter)) / feed.count);
}

function sourceFeed(plan: ArchivePlan, feed: FeedPlan, random: Random): FeedPlan {
  for (;;) {
    const candidate =
      random() < 0.6
        ? (plan.feeds[Math.floor(random() * WIRE_FEEDS)] as FeedPlan)
        : feedOfItem(plan, Math.floor(random() * plan.spec.items));
    if (candidate.index !== feed.index) return candidate;
  }
}

/** Returns whether global item g is an original, a templated report, or a copy (of which root, how edited). */
export function originOf(plan: ArchivePlan, g: number): ItemOrigin {
  const feed = feedOfItem(plan, g);
  const random = randomFor(plan.spec.seed, g, 7);
  const roll = random();
  if (roll < plan.spec.templateShare) return { kind: 'template' };
  if (feed.isWire || roll >= plan.spec.templateShare + plan.copyChance) return { kind: 'original' };
  const source = sourceFeed(plan, feed, random);
  const delayMs = (0.5 + random() * 35.5) * 3_600_000;
  const at = itemTime(plan, feed, g - feed.offset) - delayMs;
  // The latest item of the source feed published before the copy's time minus the delay.
  let k = Math.floor(((at - plan.spec.startMs) * source.count) / plan.spec.spanMs);
  while (k >= 0 && itemTime(plan, source, k) > at) k -= 1;
  if (k < 0) return { kind: 'original' };
  const editRate = drawEditRate(random);
  const upstream = originOf(plan, source.offset + k);
  if (upstream.kind === 'template') return { kind: 'original' };
  return { kind: 'copy', root: upstream.kind === 'copy' ? upstream.root : source.offset + k, editRate };
}
