// Quantities in text, with their normalised values: "84%", "$2bn", "1.8 million", "10,000",
// "one million", "half a million", "dozens", "tens of thousands".
import { findWordQuantities } from './figure-number-words.ts';
import { CURRENCY_SIGNS, SCALES, type Quantity } from './figure-units.ts';

export type { Quantity } from './figure-units.ts';

// A sign or code before, the digits, an optional scale, then % or a currency word after.
const DIGITS = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\-/])(?<cur>US\$|HK\$|A\$|C\$|\$|£|€|¥|(?:RMB|USD|GBP|EUR|CNY)\s?)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?:(?<scale>\s?(?:k|mn|mln|m|bn|b|tn)|\s(?:thousand|million|billion|trillion))(?![\p{L}\p{N}]))?` +
    String.raw`(?:(?<pct>\s?%|\s?per\s?cent\b|\s?percent\b)|\s(?<curw>dollars|pounds|euros|yuan|renminbi)\b)?` +
    String.raw`(?![\p{L}\p{N}]|[.,]\d)`,
  'giu',
);

/** Returns every quantity in text, in order. */
export function findQuantities(text: string): Quantity[] {
  const found = findDigitQuantities(text);
  const taken = (start: number) => found.some((q) => q.start <= start && start < q.end);
  for (const q of findWordQuantities(text)) if (!taken(q.start)) found.push(q);
  return found.sort((a, b) => a.start - b.start);
}

function findDigitQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const g = m.groups ?? {};
    const scale = g['scale']?.trim().toLowerCase();
    const sign = (g['cur'] ?? g['curw'])?.trim().toLowerCase();
    const value =
      Number((g['num'] ?? '').replace(/,/g, '')) * (scale === undefined ? 1 : (SCALES[scale] ?? 1));
    const currency = sign === undefined ? null : (CURRENCY_SIGNS[sign] ?? null);
    const unit = g['pct'] !== undefined ? 'percent' : currency !== null ? 'currency' : 'count';
    const isBareDigits = scale === undefined && unit === 'count' && !(g['num'] ?? '').includes(',');
    out.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value,
      isApproximate: false,
      unit,
      currency,
      isBareDigits,
    });
  }
  return out;
}
