// Quantities written in words: "one million", "half a million", "two hundred and fifty",
// "twenty-three", and vague ones read as floors: "dozens", "tens of thousands".
import { CURRENCY_SIGNS, SCALES, type Quantity } from './figure-units.ts';
import { tokenizeWords } from './text-tokens.ts';

const UNITS: Readonly<Record<string, number>> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, i]),
);
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// Vague quantities and the floor each one stands for ("dozens" is at least two dozen).
const VAGUE: Readonly<Record<string, number>> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  billions: 2e9,
};

interface WordToken {
  readonly w: string;
  readonly start: number;
  readonly end: number;
}

/** Returns the quantities written in words in text. */
export function findWordQuantities(text: string): Quantity[] {
  const tokens: WordToken[] = tokenizeWords(text).map((t) => ({
    w: t.text.toLowerCase(),
    start: t.start,
    end: t.end,
  }));
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const q = readWordNumber(text, tokens, i);
    if (q === null) continue;
    out.push(q.quantity);
    i = q.next - 1;
  }
  return out;
}

// Reads "one million", "half a million", "a million", "twenty-three", "two hundred and fifty",
// "dozen", "dozens", "tens of thousands", "hundreds of thousands" from token i.
function readWordNumber(
  text: string,
  tokens: readonly WordToken[],
  i: number,
): { quantity: Quantity; next: number } | null {
  const vague = readVague(tokens, i);
  if (vague !== null)
    return { quantity: makeWordQuantity(text, tokens, i, vague.next, vague.value, true), next: vague.next };
  let j = i;
  let value: number | null = null;
  const first = tokens[i]?.w;
  if ((first === 'a' || first === 'half') && isScale(tokens[i + (first === 'half' ? 2 : 1)]?.w)) {
    j = first === 'half' ? i + 2 : i + 1;
    value = first === 'half' ? 0.5 : 1;
  }
  const parsed = readNumberWords(text, tokens, j, value);
  if (parsed === null) return null;
  return { quantity: makeWordQuantity(text, tokens, i, parsed.next, parsed.value, false), next: parsed.next };
}

function readVague(tokens: readonly WordToken[], i: number): { value: number; next: number } | null {
  const w = tokens[i]?.w;
  if (w === 'dozen') return { value: 12, next: i + 1 };
  if (
    (w === 'tens' || w === 'hundreds') &&
    tokens[i + 1]?.w === 'of' &&
    ['thousands', 'millions'].includes(tokens[i + 2]?.w ?? '')
  ) {
    const base = w === 'tens' ? 10 : 100;
    return { value: 2 * base * (tokens[i + 2]?.w === 'thousands' ? 1e3 : 1e6), next: i + 3 };
  }
  const floor = w === undefined ? undefined : VAGUE[w];
  return floor === undefined ? null : { value: floor, next: i + 1 };
}

function readNumberWords(
  text: string,
  tokens: readonly WordToken[],
  i: number,
  start: number | null,
): { value: number; next: number } | null {
  let total = 0;
  let current = start ?? 0;
  let j = i;
  let seen = start !== null;
  for (; j < tokens.length; j += 1) {
    const w = tokens[j]?.w ?? '';
    if (j > i && !isJoined(text, tokens[j - 1], tokens[j])) break;
    if (w in UNITS) current += UNITS[w] ?? 0;
    else if (w in TENS) current += TENS[w] ?? 0;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (isScale(w)) [total, current] = [total + (current || 1) * (SCALES[w] ?? 1), 0];
    else if (w === 'and' && seen && (tokens[j + 1]?.w ?? '') in { ...UNITS, ...TENS }) continue;
    else break;
    seen = true;
  }
  return seen && j > i ? { value: total + current, next: j } : null;
}

// Words of one number are separated by a space or a hyphen, never by punctuation.
function isJoined(text: string, a: WordToken | undefined, b: WordToken | undefined): boolean {
  return a !== undefined && b !== undefined && /^[\s-]{1,2}$/.test(text.slice(a.end, b.start));
}

function isScale(w: string | undefined): w is 'thousand' | 'million' | 'billion' | 'trillion' {
  return w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion';
}

function makeWordQuantity(
  text: string,
  tokens: readonly WordToken[],
  i: number,
  next: number,
  value: number,
  isApproximate: boolean,
): Quantity {
  const start = tokens[i]?.start ?? 0;
  const end = tokens[next - 1]?.end ?? start;
  const before = /(US\$|HK\$|\$|£|€|¥)\s?$/u.exec(text.slice(Math.max(0, start - 4), start))?.[1];
  const after = /^\s(per\s?cent\b|percent\b|dollars|pounds|euros|yuan)/iu.exec(
    text.slice(end, end + 10),
  )?.[1];
  const sign = (before ?? (after !== undefined && !/cent/i.test(after) ? after : undefined))?.toLowerCase();
  const currency = sign === undefined ? null : (CURRENCY_SIGNS[sign] ?? null);
  const isPercent = after !== undefined && /cent/i.test(after);
  const from = before === undefined ? start : start - before.length - (text[start - 1] === ' ' ? 1 : 0);
  const to = after === undefined ? end : end + 1 + after.length;
  return {
    text: text.slice(from, to),
    start: from,
    end: to,
    value,
    isApproximate,
    unit: isPercent ? 'percent' : currency !== null ? 'currency' : 'count',
    currency,
    isBareDigits: false,
  };
}
