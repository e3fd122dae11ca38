import { describe, expect, it } from 'vitest';
import { findDescribedOrgs } from '../../src/extract/org-rules.ts';
import { buildGazetteer } from '../../src/extract/gazetteer.ts';
import { retypeGroupNames } from '../../src/extract/group-names.ts';
import { repairOrgHeads } from '../../src/extract/org-heads.ts';
import type { EntityMention, EntityType } from '../../src/model/entity.ts';

const sentence = { index: 0, start: 0, end: 100 };

function mention(text: string, whole: string, type: EntityType): EntityMention {
  const start = whole.indexOf(text);
  return { text, type, start, end: start + text.length, sentence, confidence: 0.5, source: 'tagger' };
}

describe('findDescribedOrgs', () => {
  it('finds a firm named after the noun that describes it', () => {
    expect(findDescribedOrgs('a new report by the cloud security firm Lookout.')).toEqual([
      { start: 40, end: 47, text: 'Lookout' },
    ]);
  });

  it('takes every capitalised word of the name', () => {
    expect(findDescribedOrgs('by UK-based group Hong Kong Watch and others').map((m) => m.text)).toEqual([
      'Hong Kong Watch',
    ]);
  });

  it('does not run over the end of the sentence', () => {
    expect(findDescribedOrgs('a report by the firm Lookout. The spyware').map((m) => m.text)).toEqual([
      'Lookout',
    ]);
  });

  it('does not take a weekday for a name', () => {
    expect(findDescribedOrgs('the company Monday said')).toEqual([]);
  });
});

describe('repairOrgHeads', () => {
  it('retypes a person whose last word is an organisation head', () => {
    const text = 'the Helena Kennedy Centre said';
    expect(repairOrgHeads(text, [mention('Helena Kennedy Centre', text, 'PER')]).map((m) => m.type)).toEqual([
      'ORG',
    ]);
  });

  it('joins "Centre for" and the name after it', () => {
    const text = 'the Helena Kennedy Centre for International Justice at';
    const joined = repairOrgHeads(text, [
      mention('Helena Kennedy Centre', text, 'PER'),
      mention('International Justice', text, 'ORG'),
    ]);
    expect(joined.map((m) => [m.text, m.type, m.start, m.end])).toEqual([
      ['Helena Kennedy Centre for International Justice', 'ORG', 4, 51],
    ]);
  });

  it('leaves two names joined by "and" apart', () => {
    const text = 'Hong Kong Watch and Amnesty said';
    const kept = repairOrgHeads(text, [
      mention('Hong Kong Watch', text, 'ORG'),
      mention('Amnesty', text, 'ORG'),
    ]);
    expect(kept.map((m) => m.text)).toEqual(['Hong Kong Watch', 'Amnesty']);
  });
});

describe('retypeGroupNames', () => {
  const lexicon = buildGazetteer([{ tokens: ['Uyghur'], category: 'demonym' }], ['demonym', 'place'], true);

  it('retypes a demonym and a faith word, in the plural too, as MISC', () => {
    const text = 'the Uyghur Muslims';
    expect(retypeGroupNames([mention('Uyghur Muslims', text, 'ORG')], lexicon).map((m) => m.type)).toEqual([
      'MISC',
    ]);
  });

  it('leaves a name with other words alone', () => {
    const text = 'the World Uyghur Congress';
    expect(
      retypeGroupNames([mention('World Uyghur Congress', text, 'ORG')], lexicon).map((m) => m.type),
    ).toEqual(['ORG']);
  });
});
