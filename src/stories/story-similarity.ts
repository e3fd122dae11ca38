// How similar a document is to a story: three cosines against the story's centroids
// (content words, names, headline words), blended, then multiplied by the evidence factors
// and by the decay for the gap in publication dates. Multiplicative on purpose: a shared
// year or number only counts between documents that already share words.
import type { ClustererConfig } from './clusterer-config.ts';
import { weightedDot, weightedNorm, type Idf } from './sparse-vector.ts';
import { evidenceFactor } from './story-evidence.ts';
import type { StoryFeatures } from './story-features.ts';
import type { CentroidNorms, StoryRecord } from './story-record.ts';
import { daysOutside, decayFactor } from './time-decay.ts';

export interface IdfTables {
  readonly words: Idf;
  readonly names: Idf;
  readonly heads: Idf;
  /** Documents seen so far: centroid lengths are recomputed once this grows by NORM_DRIFT. */
  readonly documents: number;
}

// Inverse document frequencies move slowly once a few hundred documents are in; a centroid's
// length computed 2% of the stream ago is still good, and recomputing it for every
// comparison would cost the length of every centroid for every document.
const NORM_DRIFT = 1.02;

/** A document's features with their lengths under the current idf, computed once per document. */
export interface ScoredFeatures {
  readonly f: StoryFeatures;
  readonly t: number | null;
  readonly norms: CentroidNorms;
}

/** Returns f (dated t) ready to be scored against many stories. */
export function prepareFeatures(f: StoryFeatures, t: number | null, idf: IdfTables): ScoredFeatures {
  const norms = {
    words: weightedNorm(f.words, idf.words),
    names: weightedNorm(f.names, idf.names),
    heads: weightedNorm(f.headline, idf.heads),
    documents: idf.documents,
  };
  return { f, t, norms };
}

/** Returns the similarity of a prepared document to story, or null when outside the time window. */
export function scoreStory(
  doc: ScoredFeatures,
  story: StoryRecord,
  config: ClustererConfig,
  idf: IdfTables,
): number | null {
  const gap = daysOutside(doc.t, story.first, story.last);
  if (gap !== null && gap > config.windowDays) return null;
  return (
    blendCosines(doc, story, config, idf) * evidenceFactor(doc.f, story, config) * decayFactor(gap, config)
  );
}

function blendCosines(
  doc: ScoredFeatures,
  story: StoryRecord,
  config: ClustererConfig,
  idf: IdfTables,
): number {
  const { f, norms: d } = doc;
  const s = centroidNorms(story, idf);
  const parts: Array<readonly [weight: number, cosine: number]> = [
    [
      1 - config.nameWeight - config.headlineWeight,
      cosine(f.words, story.words, d.words * s.words, idf.words),
    ],
  ];
  if (f.names.size > 0 && story.names.size > 0) {
    parts.push([config.nameWeight, cosine(f.names, story.names, d.names * s.names, idf.names)]);
  }
  if (f.headline.size > 0 && story.heads.size > 0) {
    parts.push([config.headlineWeight, cosine(f.headline, story.heads, d.heads * s.heads, idf.heads)]);
  }
  // A channel missing on either side says nothing: the others share its weight.
  const total = parts.reduce((sum, [w]) => sum + w, 0);
  return total === 0 ? 0 : parts.reduce((sum, [w, c]) => sum + w * c, 0) / total;
}

function cosine(
  v: ReadonlyMap<string, number>,
  centroid: ReadonlyMap<string, number>,
  norms: number,
  idf: Idf,
): number {
  return norms === 0 ? 0 : weightedDot(v, centroid, idf) / norms;
}

function centroidNorms(story: StoryRecord, idf: IdfTables): CentroidNorms {
  const cached = story.norms;
  if (cached !== null && idf.documents <= cached.documents * NORM_DRIFT) return cached;
  story.norms = {
    words: weightedNorm(story.words, idf.words),
    names: weightedNorm(story.names, idf.names),
    heads: weightedNorm(story.heads, idf.heads),
    documents: idf.documents,
  };
  return story.norms;
}
