// Reads CoNLL-2003 files (token POS chunk NER per line, IOB1 tags, -DOCSTART- between
// documents) into documents of sentences with gold spans. Only the token and NER columns are
// used: POS and chunk tags do not exist for news text at run time.
import { readFileSync } from 'node:fs';
import { encodeSpans, TAGGER_TYPES, type TaggerType, type TokenSpan } from '../src/extract/index.ts';

export interface ConllDoc {
  readonly sentences: string[][];
  readonly spans: TokenSpan[][];
}

/** Returns the documents of a CoNLL-2003 file. */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    if (docs.length === 0) docs.push({ sentences: [], spans: [] });
    const doc = docs[docs.length - 1]!;
    doc.sentences.push(words);
    doc.spans.push(spansOfIob1(tags));
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      docs.push({ sentences: [], spans: [] });
    } else if (cols.length < 4) flush();
    else {
      words.push(cols[0] ?? '');
      tags.push(cols[3] ?? 'O');
    }
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** Returns the spans of an IOB1 tag sequence (B- only separates two adjacent names of one type). */
export function spansOfIob1(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  tags.forEach((tag, i) => {
    const t = tag === 'O' ? '' : tag.slice(2);
    if (start >= 0 && (t !== type || tag.startsWith('B-'))) {
      spans.push({ start, end: i, type: type as TaggerType });
      start = -1;
    }
    if (t !== '' && start < 0) [start, type] = [i, t];
  });
  if (start >= 0) spans.push({ start, end: tags.length, type: type as TaggerType });
  return spans.filter((s) => TAGGER_TYPES.includes(s.type));
}

/** Returns docs as training documents with BILOU tags. */
export function toTrainingDocs(docs: readonly ConllDoc[]): { sentences: string[][]; tags: Uint8Array[] }[] {
  return docs.map((d) => ({
    sentences: d.sentences,
    tags: d.sentences.map((w, s) => encodeSpans(d.spans[s] ?? [], w.length)),
  }));
}
