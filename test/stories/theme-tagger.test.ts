import { describe, expect, it } from 'vitest';
import { parseTaxonomy, tagThemes } from '../../src/stories/index.ts';
import type { ThemeTaxonomy } from '../../src/model/story.ts';

function taxonomy(yaml: string): ThemeTaxonomy {
  const r = parseTaxonomy(yaml);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.taxonomy;
}

const TAX = taxonomy(`version: 1
themes:
  - id: detention-and-camps
    label: Detention and camps
    description: Internment.
    terms: [detain, detention, camp]
    phrases: [internment camp, re-education camp]
  - id: surveillance-technology
    label: Surveillance technology
    description: Cameras.
    phrases: [ethnicity recognition]
    entities: [Hikvision]
  - id: investment-and-finance
    label: Investment and finance exposure
    description: Money.
    min_matches: 2
    terms: [fund, investor]
    entities: [MSCI]
`);

describe('tagThemes', () => {
  it('returns each trigger with its offsets in the text', () => {
    const text = 'Hikvision advertised ethnicity recognition features.';
    expect(tagThemes(text, undefined, TAX)).toEqual([
      {
        theme: 'surveillance-technology',
        label: 'Surveillance technology',
        triggers: [
          { text: 'Hikvision', pattern: 'Hikvision', kind: 'entity', start: 0, end: 9 },
          {
            text: 'ethnicity recognition',
            pattern: 'ethnicity recognition',
            kind: 'phrase',
            start: 21,
            end: 42,
          },
        ],
      },
    ]);
  });

  it('finds plurals and -ed forms of terms and phrases, in any case', () => {
    const text = 'Police DETAINED him; 380 Internment Camps were found.';
    const [match] = tagThemes(text, undefined, TAX);
    expect(match?.triggers.map((t) => [t.text, t.pattern, t.start])).toEqual([
      ['DETAINED', 'detain', 7],
      ['Internment Camps', 'internment camp', 25],
    ]);
  });

  it('counts a longer phrase once, not again for the term inside it', () => {
    const [match] = tagThemes('Two re-education camps closed.', undefined, TAX);
    expect(match?.triggers.map((t) => t.text)).toEqual(['re-education camps']);
  });

  it('matches whole words only', () => {
    expect(
      tagThemes('The campaign was about detentions of cameras.', undefined, TAX).map((m) => m.theme),
    ).toEqual(['detention-and-camps']);
    expect(tagThemes('A campaign with campers.', undefined, TAX)).toEqual([]);
  });

  it('does not join the words of a phrase across a full stop', () => {
    expect(
      tagThemes('He was held for internment. Camp life was hard.', undefined, TAX)[0]?.triggers.map(
        (t) => t.text,
      ),
    ).toEqual(['Camp']);
  });

  it('needs min_matches distinct entries before it gives a theme', () => {
    expect(tagThemes('The fund, the fund and the fund.', undefined, TAX)).toEqual([]);
    expect(tagThemes('The fund tracks an MSCI index.', undefined, TAX).map((m) => m.theme)).toEqual([
      'investment-and-finance',
    ]);
  });

  it('counts a name the entity tagger resolved even when the text spells it otherwise', () => {
    const text = 'The Hangzhou camera maker denied it.';
    expect(tagThemes(text, [{ name: 'Hikvision', start: 4, end: 26 }], TAX)).toEqual([
      {
        theme: 'surveillance-technology',
        label: 'Surveillance technology',
        triggers: [{ text: 'Hikvision', pattern: 'Hikvision', kind: 'entity', start: 4, end: 26 }],
      },
    ]);
  });

  it('does not count a tagged name twice when the text has it at the same place', () => {
    const [match] = tagThemes('Hikvision said so.', [{ name: 'Hikvision', start: 0, end: 9 }], TAX);
    expect(match?.triggers).toHaveLength(1);
  });

  it('lists themes with the most triggers first', () => {
    const text = 'Hikvision cameras watch the camp where they detain people in detention.';
    expect(tagThemes(text, undefined, TAX).map((m) => [m.theme, m.triggers.length])).toEqual([
      ['detention-and-camps', 3],
      ['surveillance-technology', 1],
    ]);
  });
});
