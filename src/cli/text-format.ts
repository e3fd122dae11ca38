// Small pieces of terminal output shared by the commands.
const BARS = '▁▂▃▄▅▆▇█';

/** Returns one bar per value, scaled to the largest: counts per day as a one-line chart. */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(1, ...values);
  return values.map((v) => BARS[Math.min(7, Math.floor(((v - 0.0001) / max) * 8))]).join('');
}

/** Returns "1 item", "2 items". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
