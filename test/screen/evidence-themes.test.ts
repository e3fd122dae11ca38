// The themes of screening evidence: trigger words once each, and an entry's themes counted.
import { describe, expect, it } from 'vitest';
import { asItemId, type ScreeningMatch, type ThemeMatch } from '../../src/model/index.ts';
import { entryThemesLine, evidenceThemesOf, tallyEntryThemes } from '../../src/screen/index.ts';

const trigger = (text: string, start: number | null, kind: 'term' | 'entity' = 'term') => ({
  text,
  pattern: text.toLowerCase(),
  kind,
  start,
  end: start === null ? null : start + text.length,
});

/** A match whose evidence items have the given themes ([theme, label] pairs). */
function matchOf(
  items: ReadonlyArray<readonly [number, ReadonlyArray<readonly [string, string]>]>,
  decision: 'confirmed' | 'rejected' | null = null,
): ScreeningMatch {
  return {
    decision: decision && { entryRef: 'l/x', entityKey: 'x', decision, reason: null, actor: 'a', at: '' },
    evidence: items.map(([id, themes]) => ({
      itemId: asItemId(id),
      themes: themes.map(([theme, label]) => ({ theme, label, triggers: [] })),
    })),
  } as unknown as ScreeningMatch;
}

const LABOUR = ['forced-labour', 'Forced labour'] as const;
const WATCHING = ['surveillance', 'Surveillance'] as const;
const CAMPS = ['detention', 'Detention and camps'] as const;

describe("an evidence item's themes", () => {
  it('give each trigger word once, whatever its case, in the order the text has them', () => {
    const theme: ThemeMatch = {
      theme: 'surveillance',
      label: 'Surveillance',
      triggers: [
        trigger('Hikvision', null, 'entity'),
        trigger('cameras', 40),
        trigger('CCTV', 10),
        trigger('cctv', 70),
      ],
    };
    expect(evidenceThemesOf([theme])).toEqual([
      { theme: 'surveillance', label: 'Surveillance', triggers: ['CCTV', 'cameras', 'Hikvision'] },
    ]);
  });
});

describe("an entry's themes", () => {
  it('count the items that have each theme, an item in two matches once, commonest first', () => {
    const matches = [
      matchOf([
        [1, [LABOUR, WATCHING]],
        [2, [LABOUR]],
      ]),
      matchOf([
        [2, [LABOUR]],
        [3, [CAMPS, LABOUR]],
        [4, [WATCHING]],
      ]),
    ];
    expect(tallyEntryThemes(matches)).toEqual([
      { theme: 'forced-labour', label: 'Forced labour', items: 3 },
      { theme: 'surveillance', label: 'Surveillance', items: 2 },
      { theme: 'detention', label: 'Detention and camps', items: 1 },
    ]);
  });

  it('leave out the evidence of a rejected match, and keep a confirmed one', () => {
    const matches = [matchOf([[1, [LABOUR]]], 'rejected'), matchOf([[2, [CAMPS]]], 'confirmed')];
    expect(tallyEntryThemes(matches)).toEqual([
      { theme: 'detention', label: 'Detention and camps', items: 1 },
    ]);
  });

  it('read as one line of labels and counts', () => {
    const line = entryThemesLine([
      { theme: 'forced-labour', label: 'forced labour', items: 5 },
      { theme: 'surveillance', label: 'surveillance', items: 2 },
    ]);
    expect([line, entryThemesLine([])]).toEqual(['forced labour 5, surveillance 2', '']);
  });
});
