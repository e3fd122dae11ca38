import { describe, expect, it } from 'vitest';
import {
  decodeModel,
  decodeSpans,
  encodeModel,
  encodeSpans,
  tagDocument,
  tagName,
  trainNer,
  type TokenSpan,
  type TrainingDoc,
} from '../../src/extract/index.ts';

// A tiny corpus written for these tests: enough for the tagger to learn its own sentences.
const SENTENCES: [string, TokenSpan[]][] = [
  [
    'Alice Smith visited Paris on Monday .',
    [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ],
  ],
  [
    'Acme Corp hired Bob Jones .',
    [
      { start: 0, end: 2, type: 'ORG' },
      { start: 3, end: 5, type: 'PER' },
    ],
  ],
  [
    'The French team won in Berlin .',
    [
      { start: 1, end: 2, type: 'MISC' },
      { start: 5, end: 6, type: 'LOC' },
    ],
  ],
  [
    'Smith said Acme Corp was in Paris .',
    [
      { start: 0, end: 1, type: 'PER' },
      { start: 2, end: 4, type: 'ORG' },
      { start: 6, end: 7, type: 'LOC' },
    ],
  ],
];

function docs(): TrainingDoc[] {
  const make = (): TrainingDoc => {
    const sentences = SENTENCES.map(([text]) => text.split(' '));
    return {
      sentences,
      tags: SENTENCES.map(([, spans], s) => encodeSpans(spans, sentences[s]?.length ?? 0)),
    };
  };
  return [make(), make(), make(), make()];
}

const OPTIONS = { epochs1: 5, epochs2: 5, folds: 2, seed: 7, minCount: 1, gazetteerMinCount: 1, lexicon: [] };

describe('BILOU tags', () => {
  it('encodes spans as B, I, L and U tags', () => {
    const tags = encodeSpans(
      [
        { start: 0, end: 3, type: 'ORG' },
        { start: 4, end: 5, type: 'PER' },
      ],
      5,
    );
    expect([...tags].map(tagName)).toEqual(['B-ORG', 'I-ORG', 'L-ORG', 'O', 'U-PER']);
  });

  it('decodes spans back, reading a run without its B leniently', () => {
    expect(decodeSpans([0, 2, 3, 0])).toEqual([{ start: 1, end: 3, type: 'PER' }]);
  });
});

describe('trainNer', () => {
  it('learns to tag its own training sentences', () => {
    const model = trainNer(docs(), OPTIONS);
    const words = SENTENCES.map(([text]) => text.split(' '));
    const tagged = tagDocument(model, words);
    expect(tagged.map((t) => decodeSpans(t.tags))).toEqual(SENTENCES.map(([, spans]) => spans));
  });

  it('is deterministic for a seed', () => {
    const a = encodeModel(trainNer(docs(), OPTIONS));
    const b = encodeModel(trainNer(docs(), OPTIONS));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('survives encoding and decoding with the same tags', () => {
    const model = trainNer(docs(), OPTIONS);
    const words = SENTENCES.map(([text]) => text.split(' '));
    const before = tagDocument(model, words).map((t) => [...t.tags]);
    const after = tagDocument(decodeModel(encodeModel(model)), words).map((t) => [...t.tags]);
    expect(after).toEqual(before);
  });

  it('rejects bytes that are not a model', () => {
    expect(() => decodeModel(new TextEncoder().encode('not a model'))).toThrow(
      'extract: not a newswatch NER model',
    );
  });
});
