// One generated news article: a title and paragraphs of words, on one topic, naming a few
// entities again and again as real articles do. Words are drawn from the topic's vocabulary,
// the article's entities, numbers, and the general Zipf vocabulary.
import type { Lexicon } from './lexicon.ts';
import { between, pick, zipfOf, type Random, type Zipf } from './random.ts';
import { TOPICS, type Topic } from './topics.ts';

export interface Article {
  readonly topic: string;
  readonly category: string;
  readonly title: readonly string[];
  /** Paragraphs of words; punctuation stays attached to its word. */
  readonly paragraphs: readonly (readonly string[])[];
}

export type BodyStyle = 'summary' | 'full';

export interface ArticleContext {
  readonly lexicon: Lexicon;
  readonly topics: ReadonlyArray<{ readonly topic: Topic; readonly words: Zipf; readonly entities: Zipf }>;
  readonly topicCdf: readonly number[];
  /** The most frequent general words, which headlines mostly leave out. */
  readonly headWords: ReadonlySet<string>;
}

/** Returns the shared state the article generator draws from. */
export function createArticleContext(lexicon: Lexicon): ArticleContext {
  let total = 0;
  return {
    lexicon,
    topics: TOPICS.map((topic) => ({
      topic,
      words: zipfOf(topic.words, 0.8, 3),
      entities: zipfOf(topic.entities, 0.9, 2),
    })),
    topicCdf: TOPICS.map((t) => (total += t.share)),
    headWords: new Set(lexicon.general.words.slice(0, 40)),
  };
}

// Body lengths in words: feeds of summaries carry mostly briefs, full-text feeds longer stories.
const LENGTHS: Readonly<Record<BodyStyle, ReadonlyArray<readonly [number, number, number]>>> = {
  summary: [
    [0.7, 40, 120],
    [0.95, 120, 400],
    [1, 400, 600],
  ],
  full: [
    [0.15, 40, 120],
    [0.7, 120, 400],
    [1, 400, 600],
  ],
};

function bodyLength(random: Random, style: BodyStyle): number {
  const roll = random();
  const band = LENGTHS[style].find(([upTo]) => roll < upTo) ?? [1, 120, 400];
  return between(random, band[1], band[2]);
}

function numberWord(random: Random): string {
  const roll = random();
  if (roll < 0.3) return String(between(random, 2, 99));
  if (roll < 0.55) return `${between(random, 1, 99)}%`;
  if (roll < 0.8) return between(random, 1, 999).toLocaleString('en-GB') + ',000';
  return String(between(random, 2014, 2025));
}

interface Cast {
  readonly topic: ArticleContext['topics'][number];
  readonly entities: readonly string[];
}

function castOf(ctx: ArticleContext, random: Random): Cast {
  const roll = random();
  const index = ctx.topicCdf.findIndex((upTo) => roll < upTo);
  const topic = ctx.topics[index === -1 ? ctx.topics.length - 1 : index] ?? pick(random, ctx.topics);
  const entities = new Set<string>();
  for (let i = between(random, 1, 4); i > 0; i -= 1) entities.add(topic.entities.draw(random));
  for (let i = between(random, 0, 2); i > 0; i -= 1) entities.add(ctx.lexicon.people.draw(random));
  if (random() < 0.5) entities.add(ctx.lexicon.places.draw(random));
  if (random() < 0.3) entities.add(ctx.lexicon.organisations.draw(random));
  return { topic, entities: [...entities] };
}

// Shares of a body's draws: topic words, the article's entities, numbers; the rest is general.
const BODY_MIX = { topic: 0.12, entity: 0.05, number: 0.015 };
const TITLE_MIX = { topic: 0.3, entity: 0.25, number: 0.03 };

function drawWords(
  ctx: ArticleContext,
  cast: Cast,
  random: Random,
  mix: typeof BODY_MIX,
  isTitle: boolean,
): string[] {
  const roll = random();
  if (roll < mix.topic) return cast.topic.words.draw(random).split(' ');
  if (roll < mix.topic + mix.entity) return pick(random, cast.entities).split(' ');
  if (roll < mix.topic + mix.entity + mix.number) return [numberWord(random)];
  const word = ctx.lexicon.general.draw(random);
  // Headlines drop most function words.
  if (isTitle && ctx.headWords.has(word) && random() < 0.75) return [];
  return [word];
}

function sentenceOf(ctx: ArticleContext, cast: Cast, random: Random, length: number): string[] {
  const words: string[] = [];
  while (words.length < length) {
    const drawn = drawWords(ctx, cast, random, BODY_MIX, false);
    if (drawn.length > 0 && words.length > 2 && random() < 0.06) drawn.push(`${drawn.pop() as string},`);
    words.push(...drawn);
  }
  words.length = length;
  words[0] = capitalise(words[0] ?? 'The');
  if (random() < 0.05 && length > 6) {
    words[0] = `“${words[0]}`;
    words.push('said', ...pick(random, cast.entities).split(' '));
    words[length - 1] = `${(words[length - 1] ?? '').replace(/,$/, '')},”`;
  }
  words[words.length - 1] = `${(words.at(-1) ?? '').replace(/,$/, '')}.`;
  return words;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function titleOf(ctx: ArticleContext, cast: Cast, random: Random): string[] {
  const length = between(random, 6, 15);
  const words: string[] = [];
  while (words.length < length) words.push(...drawWords(ctx, cast, random, TITLE_MIX, true));
  words.length = length;
  words[0] = capitalise(words[0] ?? 'News');
  return words;
}

/** Returns the article drawn by random, with a body of the length its feed's style favours. */
export function generateArticle(ctx: ArticleContext, random: Random, style: BodyStyle): Article {
  const cast = castOf(ctx, random);
  const title = titleOf(ctx, cast, random);
  const target = bodyLength(random, style);
  const paragraphs: string[][] = [];
  let count = 0;
  while (count < target) {
    const paragraph: string[] = [];
    for (let s = between(random, 1, 4); s > 0 && count + paragraph.length < target; s -= 1) {
      const room = target - count - paragraph.length;
      paragraph.push(...sentenceOf(ctx, cast, random, Math.min(room, between(random, 8, 28))));
    }
    paragraphs.push(paragraph);
    count += paragraph.length;
  }
  return {
    topic: cast.topic.topic.name,
    category: pick(random, cast.topic.topic.categories),
    title,
    paragraphs,
  };
}
