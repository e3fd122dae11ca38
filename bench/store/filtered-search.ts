// Filtered and date-ordered searches, which the 200-query set of search-bench.ts leaves out (the
// API benchmark mixes them in): a few words from common to rare, each plain, in a year's and a
// week's window, and in date order, through openStore and store.search, mean of 3 after a warm-up.
// Never asserts a time. Run on an archive bench:store or bench:api built:
//   npx tsx bench/store/filtered-search.ts [DB] (default bench/out/archive-100k/store.db)
import { parseQuery } from '../../src/query/index.ts';
import { openStore, type SearchRequest } from '../../src/store/index.ts';
import { codeLine, machineLine } from './measure.ts';

const path = process.argv[2] ?? 'bench/out/archive-100k/store.db';
const store = openStore(path);
const WORDS = ['it', 'world', 'accused', 'de*', '"High Court"'];
const VARIANTS: ReadonlyArray<readonly [string, Partial<SearchRequest>]> = [
  ['plain', {}],
  ['a year', { since: '2024-01-01', until: '2025-01-01' }],
  ['a week', { since: '2024-06-01', until: '2024-06-08' }],
  ['by date', { sort: 'date' }],
];

console.log(`filtered search ${path} · ${codeLine()} · ${machineLine()}`);
console.log(`${'query'.padEnd(14)}${VARIANTS.map(([name]) => name.padStart(22)).join('')}`);
for (const word of WORDS) {
  const cells: string[] = [];
  for (const [, variant] of VARIANTS) {
    const request: SearchRequest = { query: parseQuery(word), limit: 20, sort: 'relevance', ...variant };
    let result = await store.search(request);
    const started = performance.now();
    for (let i = 0; i < 3; i++) result = await store.search(request);
    const ms = (performance.now() - started) / 3;
    cells.push(`${ms.toFixed(1)} ms (${result.total}${result.isTotalCapped ? '+' : ''})`.padStart(22));
  }
  console.log(`${word.padEnd(14)}${cells.join('')}`);
}
await store.close();
