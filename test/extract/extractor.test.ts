import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor, loadTagger } from '../../src/extract/index.ts';

// The committed model, as the CLI loads it.
const model = loadTagger(readFileSync(new URL('../../models/ner/ner-model.bin.gz', import.meta.url)));
const extract = createExtractor(model);
const found = (text: string): [string, string][] => extract(text).mentions.map((m) => [m.text, m.type]);

describe('the committed tagger', () => {
  it('finds a person, an organisation and a place', () => {
    expect(
      found('Michelle Bachelet, the UN high commissioner for human rights, released a report on Xinjiang.'),
    ).toEqual([
      ['Michelle Bachelet', 'PER'],
      ['UN', 'ORG'],
      ['Xinjiang', 'LOC'],
    ]);
  });

  it('finds a company and a nationality', () => {
    expect(
      found('Hikvision, the Chinese maker of surveillance cameras, denied the claims on Tuesday.'),
    ).toEqual([
      ['Hikvision', 'ORG'],
      ['Chinese', 'MISC'],
    ]);
  });

  it('finds names in a sentence about forced labour in Xinjiang', () => {
    expect(
      found(
        'Researchers at Sheffield Hallam University traced cotton from Xinjiang to factories in Vietnam.',
      ),
    ).toEqual([
      ['Sheffield Hallam University', 'ORG'],
      ['Xinjiang', 'LOC'],
      ['Vietnam', 'LOC'],
    ]);
  });

  it('gives offsets into the text and the sentence of each mention', () => {
    const text = 'Crowds gathered.\n\nProtesters in Urumqi blamed the lockdown.';
    const [m] = extract(text).mentions;
    expect([m?.text, m?.start, m?.end, m?.sentence]).toEqual([
      'Urumqi',
      32,
      38,
      { index: 1, start: 18, end: 59 },
    ]);
    expect(text.slice(m?.start, m?.end)).toBe('Urumqi');
  });

  it('gives a confidence between 0 and 1', () => {
    const confidences = extract('Gerry Brownlee spoke to Radio New Zealand.').mentions.map(
      (m) => m.confidence,
    );
    expect(confidences.every((c) => c > 0 && c <= 1)).toBe(true);
  });
});

describe('the extractor', () => {
  it('resolves a surname to the full name given earlier', () => {
    const text =
      'Michelle Bachelet visited Kashgar in May. Bachelet said the visit was not an investigation.';
    expect(extract(text).mentions.map((m) => [m.text, m.canonical])).toEqual([
      ['Michelle Bachelet', 'Michelle Bachelet'],
      ['Kashgar', 'Kashgar'],
      ['Bachelet', 'Michelle Bachelet'],
    ]);
  });

  it('makes an acronym defined in brackets an alias and resolves its later uses', () => {
    const text =
      'The claim was brought against the National Crime Agency (NCA) in London. The NCA said it would respond.';
    const result = extract(text);
    expect(result.aliases).toEqual([{ alias: 'NCA', canonical: 'National Crime Agency', type: 'ORG' }]);
    expect(result.mentions.filter((m) => m.text === 'NCA').map((m) => m.canonical)).toEqual([
      'National Crime Agency',
      'National Crime Agency',
    ]);
  });

  it('drops honorifics and post-nominals from the canonical name', () => {
    const people = extract('The tribunal was chaired by Sir Geoffrey Nice QC in London.').mentions.filter(
      (m) => m.type === 'PER',
    );
    expect(people.map((m) => m.canonical)).toEqual(['Geoffrey Nice']);
  });

  it('finds a law by rule, over what the tagger said', () => {
    const text = 'Shipments were detained under the Uyghur Forced Labor Prevention Act last year.';
    expect(extract(text).mentions.map((m) => [m.text, m.type, m.start, m.end, m.source])).toEqual([
      ['Uyghur Forced Labor Prevention Act', 'LAW', 34, 68, 'rule'],
    ]);
  });

  it('does not take the activist Nathan Law for a law', () => {
    expect(found('The activist Nathan Law left Hong Kong in 2020.')).toEqual([
      ['Nathan Law', 'PER'],
      ['Hong Kong', 'LOC'],
    ]);
  });

  it('gives each mention the cross-item key of its canonical name', () => {
    const keys = extract('Protests spread from Ürümqi to other cities.').mentions.map((m) => m.key);
    expect(keys).toEqual(['urumqi']);
  });

  it('finds the names the user listed even where the tagger does not', () => {
    const withNames = createExtractor(model, { knownNames: [{ name: 'Uyghur Tribunal', type: 'ORG' }] });
    const mentions = withNames('the findings of the Uyghur Tribunal were published').mentions;
    expect(mentions.map((m) => [m.text, m.type])).toEqual([['Uyghur Tribunal', 'ORG']]);
  });

  it('makes an acronym of a law a name of that law', () => {
    const text =
      'The Uyghur Forced Labor Prevention Act (UFLPA) took effect. Under the UFLPA, goods are held.';
    expect(extract(text).mentions.map((m) => [m.text, m.type, m.canonical])).toEqual([
      ['Uyghur Forced Labor Prevention Act', 'LAW', 'Uyghur Forced Labor Prevention Act'],
      ['UFLPA', 'LAW', 'Uyghur Forced Labor Prevention Act'],
      ['UFLPA', 'LAW', 'Uyghur Forced Labor Prevention Act'],
    ]);
  });

  it('types peoples and faiths as MISC', () => {
    expect(found('Companies engaged in the repression of Uyghur Muslims in China were named.')).toEqual([
      ['Uyghur Muslims', 'MISC'],
      ['China', 'LOC'],
    ]);
  });

  it('reads "US" as the country, as Reuters wrote "U.S."', () => {
    expect(found('The US banned imports from the region.')).toEqual([['US', 'LOC']]);
  });

  it('returns nothing for empty text', () => {
    expect(extract('')).toEqual({ sentences: [], mentions: [], aliases: [] });
  });
});
