import { describe, expect, it } from 'vitest';
import { fitsName, resolveMentions } from '../../src/extract/index.ts';
import type { EntityMention, EntityType } from '../../src/model/entity.ts';

const sentence = { index: 0, start: 0, end: 200 };

function mention(text: string, type: EntityType, start: number): EntityMention {
  return { text, type, start, end: start + text.length, sentence, confidence: 0.5, source: 'tagger' };
}

describe('resolveMentions', () => {
  it('drops honorifics and post-nominals from a person canonical name', () => {
    const { mentions } = resolveMentions([mention('Sir Geoffrey Nice QC', 'PER', 0)], []);
    expect(mentions.map((m) => m.canonical)).toEqual(['Geoffrey Nice']);
  });

  it('resolves a surname to the full name used earlier in the item', () => {
    const { mentions } = resolveMentions(
      [mention('Michelle Bachelet', 'PER', 0), mention('Bachelet', 'PER', 50)],
      [],
    );
    expect(mentions.map((m) => m.canonical)).toEqual(['Michelle Bachelet', 'Michelle Bachelet']);
  });

  it('resolves a surname to the nearest earlier full name when two share it', () => {
    const { mentions } = resolveMentions(
      [
        mention('Bill Clinton', 'PER', 0),
        mention('Hillary Clinton', 'PER', 20),
        mention('Clinton', 'PER', 60),
      ],
      [],
    );
    expect(mentions[2]?.canonical).toBe('Hillary Clinton');
  });

  it('retypes a surname the tagger was unsure about as the person it refers to', () => {
    const { mentions } = resolveMentions(
      [mention('Zumrat Dawut', 'PER', 0), mention('Dawut', 'LOC', 40)],
      [],
    );
    expect([mentions[1]?.type, mentions[1]?.canonical]).toEqual(['PER', 'Zumrat Dawut']);
  });

  it('makes an acronym defined in brackets an alias of the name', () => {
    const text = 'the National Crime Agency (NCA) said';
    const result = resolveMentions(
      [mention('National Crime Agency', 'ORG', 4), mention('NCA', 'ORG', 27)],
      [{ acronym: 'NCA', name: 'National Crime Agency', start: 27, end: 30 }],
    );
    expect(text.slice(27, 30)).toBe('NCA');
    expect(result.aliases).toEqual([{ alias: 'NCA', canonical: 'National Crime Agency', type: 'ORG' }]);
    expect(result.mentions.map((m) => m.canonical)).toEqual([
      'National Crime Agency',
      'National Crime Agency',
    ]);
  });

  it('gives every mention the cross-item key of its canonical name', () => {
    const { mentions } = resolveMentions([mention('Ürümqi', 'LOC', 0)], []);
    expect(mentions[0]?.key).toBe('urumqi');
  });

  it('drops a possessive from the canonical name', () => {
    const { mentions } = resolveMentions([mention('China’s', 'LOC', 0)], []);
    expect(mentions[0]?.canonical).toBe('China');
  });
});

describe('fitsName', () => {
  it('accepts initials in order', () => {
    expect(fitsName('NCA', 'National Crime Agency')).toBe(true);
  });

  it('lets minor words be skipped', () => {
    expect(fitsName('XPCC', 'Xinjiang Production and Construction Corps')).toBe(true);
  });

  it('lets a word in capitals give several letters', () => {
    expect(fitsName('HMRC', 'HM Revenue and Customs')).toBe(true);
  });

  it('rejects letters that do not fit', () => {
    expect(fitsName('WHO', 'National Crime Agency')).toBe(false);
  });
});
