import { describe, expect, it } from 'vitest';
import {
  decodeModel,
  decodeSpans,
  encodeModel,
  encodeSpans,
  tagDocument,
  tagName,
  trainNer,
} from '../../src/extract/index.ts';
import { docs, OPTIONS, SENTENCES } from './fixtures/tiny-corpus.ts';

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
