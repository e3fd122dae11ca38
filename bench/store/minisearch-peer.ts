// MiniSearch, the in-memory peer: an index over the same items (title, text, source) with the
// store's field weights, and our query trees translated to MiniSearch query trees.
// What cannot be translated exactly:
// - "phrases": MiniSearch has no positions, so a phrase becomes an AND of its words (it
//   over-matches: words anywhere in the field, in any order).
// - NOT becomes MiniSearch's AND_NOT (the same set semantics as FTS5's binary NOT).
// - prefix* uses MiniSearch's prefix search, which also scores prefix matches lower.
// - Near-duplicates: every item is indexed, as in the store's FTS index, and a filter drops
//   the items linked as duplicates, as the store's search does.
// - Tokens: MiniSearch splits on spaces and punctuation; terms are lower-cased and stripped of
//   diacritics here to match FTS5's unicode61 remove_diacritics tokenizer.
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import type { QueryNode } from '../../src/query/index.ts';

export interface PeerDocument {
  readonly id: number;
  readonly title: string;
  readonly text: string;
  readonly source: string;
}

const FIELDS = ['title', 'text', 'source'];
const FIELD_OF: Readonly<Record<string, string[]>> = { title: ['title'], source: ['source'], any: FIELDS };

/** Returns a term lower-cased without diacritics, as FTS5's unicode61 tokenizer indexes it. */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Returns an empty MiniSearch index configured like the store's search. */
export function createPeerIndex(): MiniSearch<PeerDocument> {
  return new MiniSearch<PeerDocument>({
    fields: FIELDS,
    processTerm: (term) => foldTerm(term) || null,
    searchOptions: { boost: { title: 8, text: 1, source: 2 } },
  });
}

function leaf(text: string, field: string, prefix: boolean): Query {
  return {
    queries: [text],
    combineWith: 'AND',
    fields: FIELD_OF[field] ?? FIELDS,
    prefix,
  } as SearchOptions & { queries: Query[] };
}

/** Returns the MiniSearch query for one of our query trees. */
export function toPeerQuery(node: QueryNode): Query {
  switch (node.kind) {
    case 'term':
      return leaf(node.text, node.field, node.isPrefix);
    case 'phrase':
      return leaf(node.text, node.field, false);
    case 'or':
      return { combineWith: 'OR', queries: node.children.map(toPeerQuery) };
    case 'not':
      throw new Error('bench: a lone NOT has nothing to subtract from');
    case 'and': {
      const positive = node.children.filter((c) => c.kind !== 'not').map(toPeerQuery);
      const negative = node.children.flatMap((c): Query[] =>
        c.kind === 'not' ? [toPeerQuery(c.child)] : [],
      );
      const base: Query =
        positive.length === 1 ? (positive[0] as Query) : { combineWith: 'AND', queries: positive };
      const queries: Query[] = [base, ...negative];
      return negative.length === 0 ? base : { combineWith: 'AND_NOT', queries };
    }
  }
}
