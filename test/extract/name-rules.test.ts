// Rules for names the tagger gets wrong in this domain's news: each quirk on a short sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor, loadTagger } from '../../src/extract/index.ts';

const extract = createExtractor(
  loadTagger(readFileSync(new URL('../../models/ner/ner-model.bin.gz', import.meta.url))),
);

const found = (text: string): [string, string, string][] =>
  extract(text).mentions.map((m) => [m.text, m.type, m.canonical]);

describe('names with "and" inside', () => {
  it('keeps HM Revenue and Customs whole, written with "and" or "&"', () => {
    const text = 'The group is challenging HM Revenue and Customs and the National Crime Agency.';
    expect(found(text)).toContainEqual(['HM Revenue and Customs', 'ORG', 'HM Revenue and Customs']);
    expect(found(text).map(([name]) => name)).not.toContain('Customs');
    expect(extract('HM Revenue & Customs declined.').mentions.map((m) => [m.text, m.key])).toEqual([
      ['HM Revenue & Customs', 'hm revenue and customs'],
    ]);
  });

  it('gives HMRC the same key', () => {
    expect(extract('HMRC declined to comment.').mentions.map((m) => m.key)).toEqual([
      'hm revenue and customs',
    ]);
  });
});

describe('parties written with a lower-case "party"', () => {
  it('takes "party" into the name and capitalises it in the canonical name', () => {
    expect(found('The Chinese Communist party is using social media influencers.')).toEqual([
      ['Chinese Communist party', 'ORG', 'Chinese Communist Party'],
    ]);
    expect(found('Gerry Brownlee, a lawmaker for the centre-right National party, spoke.')).toContainEqual([
      'National party',
      'ORG',
      'National Party',
    ]);
  });

  it('gives the Chinese Communist party the key of the CCP', () => {
    const keys = (t: string) => extract(t).mentions.map((m) => m.key);
    expect(keys('The Chinese Communist party said so.')).toEqual(keys('The CCP said so.'));
  });

  it('leaves a name that is whole without "party" as it is', () => {
    expect(found('The NLD party won a landslide.')).toEqual([['NLD', 'ORG', 'NLD']]);
  });
});

describe('products and groups', () => {
  it('makes Android a product (MISC), not a person', () => {
    expect(found('Spyware targets Uyghurs by ‘masquerading’ as Android apps – report')).toContainEqual([
      'Android',
      'MISC',
      'Android',
    ]);
  });

  it('cuts a country off a people the tagger ran into it', () => {
    expect(found('West weighs calling for China Uyghur abuses inquiry at UN')).toEqual(
      expect.arrayContaining([
        ['China', 'LOC', 'China'],
        ['Uyghur', 'MISC', 'Uyghur'],
      ]),
    );
  });
});
