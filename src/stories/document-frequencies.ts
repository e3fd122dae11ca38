// Document frequencies updated one document at a time: the clusterer never sees the corpus
// in advance, so inverse document frequency is always "as of the documents seen so far".
import type { TermWeights } from './story-features.ts';

export class DocumentFrequencies {
  constructor(
    private documents = 0,
    private readonly counts = new Map<string, number>(),
  ) {}

  /** Counts one more document containing the terms of v. */
  add(v: TermWeights): void {
    this.documents += 1;
    for (const term of v.keys()) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
  }

  /** Returns the smoothed inverse document frequency of term (sklearn's smooth_idf form). */
  readonly idf = (term: string): number =>
    Math.log((this.documents + 1) / ((this.counts.get(term) ?? 0) + 1)) + 1;

  /** Returns the number of documents counted. */
  get size(): number {
    return this.documents;
  }

  /** Returns the counts as a plain object for serialisation. */
  toJSON(): { readonly documents: number; readonly counts: Record<string, number> } {
    return { documents: this.documents, counts: Object.fromEntries(this.counts) };
  }

  /** Returns a table restored from toJSON() output. */
  static fromJSON(data: { readonly documents: number; readonly counts: Record<string, number> }) {
    return new DocumentFrequencies(data.documents, new Map(Object.entries(data.counts)));
  }
}
