import { describe, expect, it } from 'vitest';
import type { NameInput } from '../../src/model/watchlist.ts';
import { buildNameIndex } from '../../src/screen/index.ts';

const ENTITIES = [
  { id: 'hik', name: 'Hangzhou Hikvision Digital Technology Co., Ltd.' },
  { id: 'nca', name: 'National Crime Agency' },
  { id: 'putin', name: 'Vladimir Putin', countries: ['RU'] },
  { id: 'zelensky', name: 'Volodymyr Zelensky', countries: ['UA'] },
  { id: 'shu', name: 'Sheffield Hallam University' },
  { id: 'grid', name: 'National Grid plc' },
  { id: 'boc', name: 'Bank of China', aliases: ['中国银行'] },
];
const index = buildNameIndex(ENTITIES);
const candidateIds = (query: string): string[] => index.findCandidates(query).map((c) => c.id);
const hits = (query: string | NameInput): [string, number][] =>
  index.screen(query).map((h) => [h.id, h.match.score]);

describe('buildNameIndex', () => {
  it('counts its entities', () => {
    expect(index.size).toBe(7);
  });

  it('finds the entity sharing a distinctive word', () => {
    expect(candidateIds('Hikvision')).toEqual(['hik']);
  });

  it('finds an entity by its acronym', () => {
    expect(candidateIds('NCA')).toEqual(['nca']);
  });

  it('finds a name written in another script, best first', () => {
    expect(candidateIds('فلاديمير بوتين')[0]).toBe('putin');
  });

  it('finds a word written apart', () => {
    expect(candidateIds('Hik Vision')).toEqual(['hik']);
  });

  it('finds a name made only of generic words', () => {
    expect(candidateIds('Bank of China Limited')).toEqual(['boc']);
  });

  it('finds nothing for an unrelated name', () => {
    expect(candidateIds('Acme Widgets')).toEqual([]);
  });

  it('limits the candidates', () => {
    expect(index.findCandidates('Vladimir Volodymyr', 1)).toHaveLength(1);
  });

  it('screens a name: only matches, best first', () => {
    expect(hits('Путин Владимир')).toEqual([['putin', 1]]);
  });

  it('screens out a candidate that shares only a generic word', () => {
    expect(hits('National Grid')).toEqual([['grid', 1]]);
  });

  it('screens out a candidate that shares only a place', () => {
    expect(hits('Sheffield United')).toEqual([]);
  });

  it('uses the countries of both sides', () => {
    expect(hits({ name: 'Vladimir Putin', countries: ['RU'] })).toEqual([['putin', 1]]);
  });
});

describe('rarity', () => {
  it('weighs down a word shared by many entities', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ id: i, name: `Zorbex Unit${i}` }));
    const big = buildNameIndex([...many, { id: 99, name: 'Quillon Hart' }]);
    const zorbex = big.screen('Zorbex').map((h) => h.match.score);
    expect(zorbex).toEqual([]);
    expect(big.screen('Quillon').map((h) => h.id)).toEqual([99]);
  });
});
