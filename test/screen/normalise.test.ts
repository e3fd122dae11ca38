import { describe, expect, it } from 'vitest';
import {
  LEGAL_FORM_ALIASES,
  LEGAL_FORM_TYPES,
  fold,
  prepareName,
  skeleton,
  tokeniseName,
} from '../../src/screen/index.ts';

const words = (name: string): string[] => prepareName(name).tokens.map((t) => t.text);
const forms = (name: string): string[] => prepareName(name).legalForms.map((f) => f.id);

describe('tokeniseName', () => {
  it('drops accents and case', () => {
    expect(tokeniseName('Vladímír PÚTÍN').map((t) => t.text)).toEqual(['vladimir', 'putin']);
  });

  it('transliterates Cyrillic to Latin', () => {
    expect(tokeniseName('Владимир Путин').map((t) => t.text)).toEqual(['vladimir', 'putin']);
  });

  it('keeps the script each token came from', () => {
    expect(tokeniseName('Путин Vladimir').map((t) => t.script)).toEqual(['cyrillic', 'latin']);
  });

  it('reads Greek digraphs as the sounds they write in foreign names', () => {
    expect(tokeniseName('Βλαντίμιρ Πούτιν').map((t) => t.text)).toEqual(['vladimir', 'putin']);
  });

  it('writes Chinese characters as one pinyin syllable each', () => {
    expect(tokeniseName('习近平').map((t) => t.text)).toEqual(['xi', 'jin', 'ping']);
  });

  it('keeps each part of a dotted Chinese foreign name whole', () => {
    expect(tokeniseName('弗拉基米尔·普京').map((t) => t.text)).toEqual(['fulajimier', 'pujing']);
  });

  it('translates generic Chinese words', () => {
    expect(words('华为技术')).toEqual(['hua', 'wei', 'technology']);
  });

  it('reads Belarusian spellings as their Russian counterparts', () => {
    expect(tokeniseName('Уладзімір Пуцін').map((t) => t.text)).toEqual(['vladimir', 'putin']);
  });

  it('sets the Arabic article apart from its word', () => {
    expect(tokeniseName('بشار الأسد').map((t) => t.text)).toEqual(['bshr', 'sd']);
  });

  it('joins letters around an ampersand inside a word', () => {
    expect(tokeniseName('AT&T').map((t) => t.text)).toEqual(['att']);
  });

  it('marks tokens followed by a dot', () => {
    expect(tokeniseName('V. Putin').map((t) => t.dotted)).toEqual([true, false]);
  });
});

describe('legal forms', () => {
  it('sets aside "Co., Ltd."', () => {
    expect(words('Hangzhou Hikvision Digital Technology Co., Ltd.')).toEqual([
      'hangzhou',
      'hikvision',
      'digital',
      'technology',
    ]);
    expect(forms('Hangzhou Hikvision Digital Technology Co., Ltd.')).toEqual(['Co Ltd']);
  });

  it('sets aside GmbH', () => {
    expect(words('Siemens GmbH')).toEqual(['siemens']);
    expect(forms('Siemens GmbH')).toEqual(['GmbH']);
  });

  it('sets aside 有限公司', () => {
    expect(words('华为技术有限公司')).toEqual(['hua', 'wei', 'technology']);
    expect(prepareName('华为技术有限公司').legalForms[0]?.generic).toBe('LLC');
  });

  it('sets aside ООО written before the name', () => {
    expect(words('ООО «Ромашка»')).toEqual(['romashka']);
    expect(prepareName('ООО «Ромашка»').legalForms[0]?.generic).toBe('LLC');
  });

  it('reads a multi-word form whole', () => {
    expect(forms('Bosch GmbH & Co. KG')).toEqual(['GmbH & Co. KG']);
  });

  it('keeps a two-letter form written like a name part', () => {
    expect(words('Li Ao')).toEqual(['li', 'ao']);
  });

  it('sets aside a two-letter form written in capitals', () => {
    expect(words('Acme AO')).toEqual(['acme']);
  });

  it('keeps at least one word', () => {
    expect(words('Limited')).toEqual(['limited']);
  });

  it('derives a table whose keys are already normalised', () => {
    const keys = Object.keys(LEGAL_FORM_ALIASES);
    const renormalised = keys.filter(
      (k) =>
        tokeniseName(k)
          .map((t) => t.text)
          .join(' ') !== k,
    );
    expect(renormalised).toEqual([]);
    expect(Object.values(LEGAL_FORM_ALIASES).every((i) => LEGAL_FORM_TYPES[i] !== undefined)).toBe(true);
  });
});

describe('token kinds and weights', () => {
  it('weighs generic words, titles and frequent given names down', () => {
    const tokens = prepareName('President Vladimir Putin of National Grid').tokens;
    expect(tokens.map((t) => [t.text, t.kind, t.weight])).toEqual([
      ['president', 'title', 0.1],
      ['vladimir', 'person', 0.5],
      ['putin', 'word', 1],
      ['of', 'stop', 0],
      ['national', 'generic', 0.2],
      ['grid', 'word', 1],
    ]);
  });

  it('does not read Chinese syllables as Romance stop words', () => {
    expect(prepareName('大华').tokens.map((t) => t.kind)).toEqual(['word', 'word']);
  });
});

describe('phonetic keys', () => {
  it('folds Latin transliteration conventions together', () => {
    expect(fold('wladimirowitsch')).toBe('vladimirovic');
    expect(fold('vladimirovich')).toBe('vladimirovic');
    expect(fold('poutine')).toBe('putin');
    expect(fold('jewgeni')).toBe('ievgeni');
  });

  it('reduces names from scripts without written vowels to consonant classes', () => {
    expect(skeleton('fldymyr', 'arabic')).toBe('PLTML');
    expect(skeleton('vladimir', 'latin')).toBe('PLTML');
    expect(skeleton('pujing', 'han')).toBe('PJN');
    expect(skeleton('putin', 'latin')).toBe('PTN');
  });
});
