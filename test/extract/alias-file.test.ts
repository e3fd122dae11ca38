import { describe, expect, it } from 'vitest';
import {
  applyAliases,
  createAliasResolver,
  parseAliasFile,
  type AliasFile,
} from '../../src/extract/index.ts';
import type { ResolvedMention } from '../../src/model/entity.ts';

const FILE = `
version: 1
entities:
  - name: Hikvision
    type: ORG
    aliases: [Hangzhou Hikvision Digital Technology]
merge:
  - into: Chinese Communist Party
    names: [Communist Party of China, Party Central Committee]
split:
  - names: [Kashi, Kashgar]
  - name: Jordan
    byType: true
`;

function loaded(text: string): AliasFile {
  const result = parseAliasFile(text);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.file;
}

const errorsOf = (text: string): readonly string[] => {
  const result = parseAliasFile(text);
  return result.ok ? [] : result.errors;
};

describe('parseAliasFile', () => {
  it('reads a valid file with defaults for missing sections', () => {
    expect(loaded('version: 1\nmerge:\n  - into: A\n    names: [B]\n')).toEqual({
      version: 1,
      entities: [],
      merge: [{ into: 'A', names: ['B'] }],
      split: [],
    });
  });

  it('reports YAML syntax errors', () => {
    expect(errorsOf('version: [1').length).toBe(1);
    expect(errorsOf('version: [1')[0]).toMatch(/^not YAML: /u);
  });

  it('reports a missing version', () => {
    expect(errorsOf('entities: []')).toEqual(['version: Invalid input: expected 1']);
  });

  it('reports an unknown entity type with its path', () => {
    expect(errorsOf('version: 1\nentities:\n  - name: X\n    type: COMPANY\n')).toEqual([
      'entities.0.type: Invalid option: expected one of "PER"|"ORG"|"LOC"|"MISC"|"LAW"',
    ]);
  });

  it('reports an unknown field', () => {
    expect(errorsOf('version: 1\nmerge:\n  - into: A\n    name: [B]\n')).toEqual([
      'merge.0.names: Invalid input: expected array, received undefined',
      'merge.0: Unrecognized key: "name"',
    ]);
  });

  it('reports a name that belongs to two entities', () => {
    expect(
      errorsOf('version: 1\nmerge:\n  - into: A\n    names: [C]\n  - into: B\n    names: [c]\n'),
    ).toEqual(['merge.1: "c" already belongs to "A", cannot also belong to "B"']);
  });

  it('reports a name that is both merged and split', () => {
    expect(errorsOf('version: 1\nmerge:\n  - into: A\n    names: [B]\nsplit:\n  - names: [B, C]\n')).toEqual([
      'split.0: "B" is also merged; a name cannot be both',
    ]);
  });

  it('reports a split of a single name without byType', () => {
    expect(errorsOf('version: 1\nsplit:\n  - names: [A]\n')).toEqual([
      'split.0.names: split needs at least two names',
    ]);
  });
});

describe('createAliasResolver', () => {
  const resolver = createAliasResolver(loaded(FILE));

  it('maps an alias to its entity, whatever its case or accents', () => {
    expect(resolver.resolve('hangzhou HIKVISION digital technology', 'ORG')).toEqual({
      canonical: 'Hikvision',
      key: 'hikvision',
    });
  });

  it('merges names into one entity', () => {
    expect(resolver.resolve('Communist Party of China', 'ORG')).toEqual({
      canonical: 'Chinese Communist Party',
      key: 'chinese communist party',
    });
  });

  it('keeps split names apart although the spelling table joins them', () => {
    expect([resolver.resolve('Kashi', 'LOC').key, resolver.resolve('Kashgar', 'LOC').key]).toEqual([
      'kashi',
      'kashgar',
    ]);
  });

  it('splits a name by type when asked', () => {
    expect([resolver.resolve('Jordan', 'LOC').key, resolver.resolve('Jordan', 'PER').key]).toEqual([
      'jordan#LOC',
      'jordan#PER',
    ]);
  });

  it('leaves other names to the normal key', () => {
    expect(resolver.resolve('Uighur', 'MISC')).toEqual({ canonical: 'Uighur', key: 'uyghur' });
  });

  it('lists the typed entities and aliases to look for in text', () => {
    expect(resolver.knownNames).toEqual([
      { name: 'Hikvision', type: 'ORG' },
      { name: 'Hangzhou Hikvision Digital Technology', type: 'ORG' },
    ]);
  });

  it('applies to resolved mentions', () => {
    const sentence = { index: 0, start: 0, end: 30 };
    const mention: ResolvedMention = {
      text: 'CPC',
      type: 'ORG',
      start: 0,
      end: 3,
      sentence,
      confidence: 1,
      source: 'tagger',
      canonical: 'Communist Party of China',
      key: 'chinese communist party',
    };
    expect(applyAliases([mention], resolver)[0]?.canonical).toBe('Chinese Communist Party');
  });
});

describe('the example alias file', () => {
  it('is valid', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('fixtures/aliases.yaml', import.meta.url), 'utf8');
    const result = parseAliasFile(text);
    expect(result.ok ? result.file.entities.map((e) => e.name) : result.errors).toEqual([
      'Hikvision',
      'Xinjiang Production and Construction Corps',
    ]);
  });
});
