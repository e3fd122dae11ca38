import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeTaxonomyErrors, parseTaxonomy, validateTaxonomy } from '../../src/stories/index.ts';

const theme = (lines: string) => `version: 1\nthemes:\n${lines}`;

function errorsOf(yaml: string): string[] {
  const r = parseTaxonomy(yaml);
  return r.ok ? [] : describeTaxonomyErrors(r.errors);
}

describe('parseTaxonomy', () => {
  it('reads the default taxonomy with its ten themes', () => {
    const r = parseTaxonomy(readFileSync(new URL('../../taxonomy/themes.yaml', import.meta.url), 'utf8'));
    expect(r.ok && r.taxonomy.themes.map((t) => t.id)).toEqual([
      'forced-labour',
      'surveillance-technology',
      'detention-and-camps',
      'cyber-attacks-and-spyware',
      'propaganda-and-disinformation',
      'courts-laws-and-sanctions',
      'un-and-diplomacy',
      'protest',
      'investment-and-finance',
      'transnational-repression',
    ]);
  });

  it('fills in empty lists and min_matches 1', () => {
    const r = parseTaxonomy(
      theme('  - id: protest\n    label: Protest\n    description: Street protests.\n    terms: [rally]\n'),
    );
    expect(r).toEqual({
      ok: true,
      taxonomy: {
        version: 1,
        themes: [
          {
            id: 'protest',
            label: 'Protest',
            description: 'Street protests.',
            terms: ['rally'],
            phrases: [],
            entities: [],
            minMatches: 1,
          },
        ],
      },
    });
  });

  it('names the path and line of an id that is not kebab-case', () => {
    expect(
      errorsOf(theme('  - id: Forced_Labour\n    label: L\n    description: D\n    terms: [camp]\n')),
    ).toEqual([
      'themes[0].id (line 3): must be kebab-case: lower-case words joined by hyphens (forced-labour)',
    ]);
  });

  it('names a term with several words by its index', () => {
    expect(
      errorsOf(theme('  - id: camps\n    label: L\n    description: D\n    terms: [camp, labour camp]\n')),
    ).toEqual(['themes[0].terms[1] (line 6): a term is one word; put several words under phrases']);
  });

  it('rejects a phrase of one word', () => {
    expect(errorsOf(theme('  - id: camps\n    label: L\n    description: D\n    phrases: [camp]\n'))).toEqual(
      ['themes[0].phrases[0] (line 6): a phrase has several words; put one word under terms'],
    );
  });

  it('rejects an unknown key such as a misspelt phrases', () => {
    expect(
      errorsOf(
        theme('  - id: camps\n    label: L\n    description: D\n    terms: [camp]\n    phrase: [x y]\n'),
      ),
    ).toEqual(['themes[0] (line 3): Unrecognized key: "phrase"']);
  });

  it('rejects a theme without any term, phrase or entity', () => {
    expect(errorsOf(theme('  - id: camps\n    label: L\n    description: D\n'))).toEqual([
      'themes[0] (line 3): a theme needs at least one term, phrase or entity',
    ]);
  });

  it('rejects a duplicate id at the second occurrence', () => {
    const t = '    label: L\n    description: D\n    terms: [camp]\n';
    expect(errorsOf(theme(`  - id: camps\n${t}  - id: camps\n${t}`))).toEqual([
      'themes[1].id (line 7): duplicate id camps',
    ]);
  });

  it('reports YAML that does not parse with its line', () => {
    expect(errorsOf('version: 1\nthemes: [\n')).toEqual([
      '(file) (line 3): Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:',
    ]);
  });

  it('checks JSON data the same way, without lines', () => {
    const r = validateTaxonomy({ version: 2, themes: [] });
    expect(r.ok ? [] : describeTaxonomyErrors(r.errors)).toEqual([
      'version: Invalid input: expected 1',
      'themes: needs at least one theme',
    ]);
  });
});
