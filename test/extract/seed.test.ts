import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor, loadTagger } from '../../src/extract/index.ts';

// Short sentences quoted from the seed items, rearranged: the names a reader sees in them must
// all be found, under their own names.
const text = readFileSync(new URL('fixtures/seed-like.txt', import.meta.url), 'utf8');
const extract = createExtractor(
  loadTagger(readFileSync(new URL('../../models/ner/ner-model.bin.gz', import.meta.url))),
);

describe('the seed-like fixture', () => {
  it('yields every name a reader sees', () => {
    const names = new Set(extract(text).mentions.map((m) => m.canonical));
    const expected = [
      'Hikvision',
      'FaiceTech',
      'Urumqi',
      'Xinjiang',
      'MSCI',
      'Hong Kong Watch',
      'Helena Kennedy Centre for International Justice',
      'Sheffield Hallam University',
      'Lookout',
    ];
    expect(expected.filter((name) => !names.has(name))).toEqual([]);
  });
});
