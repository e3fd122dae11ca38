// The vocabulary of quantities: what a quantity is, scale words and currency signs.

export interface Quantity {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Vague quantities ("dozens", "hundreds"): the value is a floor. */
  readonly isApproximate: boolean;
  readonly unit: 'count' | 'percent' | 'currency';
  readonly currency: string | null;
  /** Written only as digits with no unit or scale ("2017", "10"): years and the like look so. */
  readonly isBareDigits: boolean;
}

export const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
  hundred: 100,
};

export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  us$: 'USD',
  $: 'USD',
  usd: 'USD',
  dollars: 'USD',
  hk$: 'HKD',
  a$: 'AUD',
  c$: 'CAD',
  '£': 'GBP',
  gbp: 'GBP',
  pounds: 'GBP',
  '€': 'EUR',
  eur: 'EUR',
  euros: 'EUR',
  '¥': 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  yuan: 'CNY',
  renminbi: 'CNY',
};
