// The fixed query set of the search benchmark: 200 queries drawn with a seed from the generator's
// own vocabulary, so that common, mid-frequency and rare terms, entities and phrases occur in
// the archive with realistic document frequencies. The same 200 queries at every archive size.
import { createGenerator, generateItem } from './archive-items.ts';
import { defaultSpec, planArchive } from './archive-plan.ts';
import type { Lexicon } from './lexicon.ts';
import { between, pick, randomFor, type Random } from './random.ts';
import { TOPICS } from './topics.ts';

export interface BenchQuery {
  readonly kind: string;
  readonly text: string;
}

interface Pools {
  readonly random: Random;
  readonly lexicon: Lexicon;
  readonly phrases: readonly string[];
}

const bare = (word: string) => word.replace(/[^\p{L}\p{N}'-]+/gu, '');
const topicWords = (multi: boolean) =>
  TOPICS.flatMap((t) => [...t.words, ...t.entities]).filter(
    (w) => w.includes(' ') === multi && /^[\p{L} -]+$/u.test(w),
  );

function rankBand(p: Pools, low: number, high: number): string {
  const words = p.lexicon.general.words;
  return words[between(p.random, low, Math.min(high, words.length - 1))] as string;
}

const common = (p: Pools) => rankBand(p, 0, 250);
const mid = (p: Pools) => rankBand(p, 400, 2500);
const rare = (p: Pools) => rankBand(p, 4500, 7000);
const topical = (p: Pools) => pick(p.random, topicWords(false));
const collocation = (p: Pools) => `"${pick(p.random, topicWords(true))}"`;

// Phrases cut from generated articles: two or three consecutive words as they were written.
function textPhrases(seed: number): string[] {
  const gen = createGenerator(planArchive(defaultSpec(100_000, seed)));
  const random = randomFor(seed, 41);
  return Array.from({ length: 40 }, () => {
    const words = generateItem(gen, Math.floor(random() * 100_000))
      .article.paragraphs.flat()
      .map(bare);
    const at = Math.floor(random() * Math.max(1, words.length - 3));
    return `"${words.slice(at, at + between(random, 2, 3)).join(' ')}"`;
  });
}

const KINDS: ReadonlyArray<readonly [string, number, (p: Pools) => string]> = [
  ['word: common', 20, common],
  ['word: mid', 15, mid],
  ['word: rare', 20, rare],
  ['word: topic/entity', 15, topical],
  ['phrase: collocation', 15, collocation],
  ['phrase: person', 5, (p) => `"${p.lexicon.people.draw(p.random)}"`],
  ['phrase: from text', 10, (p) => pick(p.random, p.phrases)],
  ['AND: topic + topic', 10, (p) => `${topical(p)} ${topical(p)}`],
  ['AND: common + rare', 8, (p) => `${common(p)} AND ${rare(p)}`],
  ['AND: three terms', 7, (p) => `${topical(p)} ${mid(p)} ${collocation(p)}`],
  ['AND: common + common', 5, (p) => `${common(p)} ${common(p)}`],
  [
    'OR',
    15,
    (p) =>
      [
        topical(p),
        pick(p.random, [topical, mid, collocation])(p),
        ...(p.random() < 0.3 ? [rare(p)] : []),
      ].join(' OR '),
  ],
  [
    'NOT',
    15,
    (p) =>
      `${pick(p.random, [topical, common])(p)} ${p.random() < 0.5 ? 'NOT ' : '-'}${pick(p.random, [topical, mid])(p)}`,
  ],
  ['group', 5, (p) => `(${topical(p)} OR ${topical(p)}) AND ${pick(p.random, [collocation, common])(p)}`],
  [
    'prefix',
    15,
    (p) => {
      const word = pick(p.random, [topical, mid, common])(p).replace(/[^\p{L}]/gu, '');
      return `${word.slice(0, between(p.random, 2, Math.max(2, Math.min(7, word.length - 1))))}*`;
    },
  ],
  [
    'title:',
    15,
    (p) => {
      const roll = p.random();
      if (roll < 0.4) return `title:${topical(p)}`;
      if (roll < 0.7) return `title:${collocation(p)}`;
      return `title:${topical(p)} ${mid(p)}`;
    },
  ],
  [
    'no match',
    5,
    (p) =>
      pick(p.random, [
        'Xinjaing',
        'Uyghurr',
        'qwzxv',
        'survelliance',
        'Hikvisoin',
        'sanctoins',
        'goverment',
        'Kashgarr',
      ]),
  ],
];

/** Returns the 200 benchmark queries for a seed, in a fixed order. */
export function benchQueries(lexicon: Lexicon, seed: number): BenchQuery[] {
  const pools: Pools = { random: randomFor(seed, 40), lexicon, phrases: textPhrases(seed) };
  const seen = new Set<string>();
  const fresh = (make: (p: Pools) => string): string => {
    let text = make(pools);
    for (let tries = 0; seen.has(text) && tries < 100; tries += 1) text = make(pools);
    seen.add(text);
    return text;
  };
  return KINDS.flatMap(([kind, count, make]) =>
    Array.from({ length: count }, () => ({ kind, text: fresh(make) })),
  );
}
