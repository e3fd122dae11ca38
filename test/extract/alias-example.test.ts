// The example alias file shipped in samples/ loads, and does what docs/aliases.md says of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyAliases,
  createAliasResolver,
  createExtractor,
  loadTagger,
  parseAliasFile,
  type AliasResolver,
} from '../../src/extract/index.ts';

const root = new URL('../../', import.meta.url);

function exampleResolver(): AliasResolver {
  const parsed = parseAliasFile(readFileSync(new URL('samples/aliases.example.yaml', root), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return createAliasResolver(parsed.file);
}

describe('samples/aliases.example.yaml', () => {
  it('loads, with the names of its typed entities to look for in text', () => {
    expect(exampleResolver().knownNames).toEqual([
      { name: 'Hikvision', type: 'ORG' },
      { name: 'Hangzhou Hikvision Digital Technology', type: 'ORG' },
      { name: 'Office of the UN High Commissioner for Human Rights', type: 'ORG' },
      { name: 'OHCHR', type: 'ORG' },
    ]);
  });

  it('merges, keeps split names apart, and splits Jordan by type', () => {
    const { resolve } = exampleResolver();
    expect(resolve('World Uyghur Forum', 'ORG').canonical).toBe('World Uyghur Congress');
    expect(resolve('Kashi', 'LOC').key).not.toBe(resolve('Kashgar', 'LOC').key);
    expect([resolve('Jordan', 'LOC').key, resolve('Jordan', 'PER').key]).toEqual([
      'jordan#LOC',
      'jordan#PER',
    ]);
  });

  it('resolves the names of the bundled sample as docs/aliases.md says', () => {
    const resolver = exampleResolver();
    const extract = createExtractor(loadTagger(readFileSync(new URL('models/ner/ner-model.bin.gz', root))), {
      knownNames: resolver.knownNames,
    });
    const text = readFileSync(new URL('samples/xinjiang-topic-dump.txt', root), 'utf8');
    const byText = new Map(applyAliases(extract(text).mentions, resolver).map((m) => [m.text, m.canonical]));
    expect(['World Uyghur Forum', 'WUC', 'OHCHR'].map((t) => byText.get(t))).toEqual([
      'World Uyghur Congress',
      'World Uyghur Congress',
      'Office of the UN High Commissioner for Human Rights',
    ]);
  });
});
