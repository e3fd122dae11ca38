import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/extract/index.ts';

describe('nameKey', () => {
  it('folds case and accents', () => {
    expect(nameKey('ÜRÜMQI')).toBe('urumqi');
  });

  it('joins Uyghur, Uighur and Uigur', () => {
    expect([nameKey('Uyghur'), nameKey('Uighur'), nameKey('Uigur')]).toEqual(['uyghur', 'uyghur', 'uyghur']);
  });

  it('joins Ürümqi, Urumqi and Wulumuqi', () => {
    expect(new Set([nameKey('Ürümqi'), nameKey('Urumqi'), nameKey('Wulumuqi')])).toEqual(new Set(['urumqi']));
  });

  it('joins XUAR and the region written out, in either spelling', () => {
    expect(
      new Set([
        nameKey('XUAR'),
        nameKey('Xinjiang Uighur Autonomous Region'),
        nameKey('Xinjiang Uyghur Autonomous Region'),
      ]),
    ).toEqual(new Set(['xinjiang uyghur autonomous region']));
  });

  it('joins Kashi and Kashgar', () => {
    expect(nameKey('Kashi')).toBe(nameKey('Kashgar'));
  });

  it('replaces a variant inside a longer name', () => {
    expect(nameKey('World Uighur Congress')).toBe('world uyghur congress');
  });

  it('drops a leading "the", punctuation and a possessive', () => {
    expect(nameKey("The U.N.'s")).toBe('u n');
  });

  it('reads "&" as "and"', () => {
    expect(nameKey('Customs & Border Protection')).toBe(nameKey('Customs and Border Protection'));
  });
});
