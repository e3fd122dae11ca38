// Builds any item of a planned archive from its global index: an original article, a
// templated report, or a wire copy rebuilt from its root original and edited.
import { createArticleContext, generateArticle, type Article, type ArticleContext } from './article.ts';
import {
  feedOfItem,
  itemTime,
  originOf,
  type ArchivePlan,
  type FeedPlan,
  type ItemOrigin,
} from './archive-plan.ts';
import { editArticle } from './edits.ts';
import { buildLexicon, type Lexicon } from './lexicon.ts';
import { randomFor } from './random.ts';
import { generateTemplated } from './templates.ts';

export interface ArchiveGenerator {
  readonly plan: ArchivePlan;
  readonly lexicon: Lexicon;
  readonly context: ArticleContext;
}

export interface GeneratedItem {
  readonly g: number;
  readonly feed: FeedPlan;
  readonly k: number;
  readonly url: string;
  readonly guid: string | null;
  readonly publishedMs: number;
  readonly author: string;
  readonly article: Article;
  readonly origin: ItemOrigin;
  /** For copies: edits made and words in the original. */
  readonly edits: number;
  readonly words: number;
  readonly template: string | null;
}

/** Returns the generator of a plan (builds the lexicon once). */
export function createGenerator(plan: ArchivePlan): ArchiveGenerator {
  const lexicon = buildLexicon(plan.spec.seed);
  return { plan, lexicon, context: createArticleContext(lexicon) };
}

function originalArticle(gen: ArchiveGenerator, g: number): Article {
  return generateArticle(gen.context, randomFor(gen.plan.spec.seed, g, 3), feedOfItem(gen.plan, g).style);
}

function slugOf(words: readonly string[]): string {
  const slug = words
    .slice(0, 6)
    .join(' ')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return slug.replace(/^-|-$/g, '') || 'story';
}

function urlOf(feed: FeedPlan, k: number, publishedMs: number, title: readonly string[]): string {
  const day = new Date(publishedMs).toISOString().slice(0, 10).replaceAll('-', '/');
  const tracking = feed.hasTracking ? '?utm_source=rss&utm_medium=feed' : '';
  return `https://${feed.host}/${day}/${slugOf(title)}-${k}${tracking}`;
}

interface Content {
  readonly article: Article;
  readonly edits: number;
  readonly words: number;
  readonly template: string | null;
}

function contentOf(gen: ArchiveGenerator, g: number, origin: ItemOrigin): Content {
  if (origin.kind === 'template') {
    const { article, template } = generateTemplated(randomFor(gen.plan.spec.seed, g, 3), gen.lexicon);
    return { article, edits: 0, words: 0, template };
  }
  if (origin.kind === 'original')
    return { article: originalArticle(gen, g), edits: 0, words: 0, template: null };
  const edited = editArticle(
    originalArticle(gen, origin.root),
    origin.editRate,
    randomFor(gen.plan.spec.seed, g, 9),
    gen.lexicon,
  );
  return { ...edited, template: null };
}

/** Returns item g of the archive. */
export function generateItem(gen: ArchiveGenerator, g: number): GeneratedItem {
  const feed = feedOfItem(gen.plan, g);
  const k = g - feed.offset;
  const origin = originOf(gen.plan, g);
  const content = contentOf(gen, g, origin);
  const publishedMs = itemTime(gen.plan, feed, k);
  const url = urlOf(feed, k, publishedMs, content.article.title);
  const guid =
    feed.guidStyle === 'permalink' ? url : feed.guidStyle === 'opaque' ? `${feed.slug}:${k}` : null;
  const author = gen.lexicon.people.draw(randomFor(gen.plan.spec.seed, feed.index, 13, k % 12));
  return { g, feed, k, url, guid, publishedMs, author, origin, ...content };
}
