// One poller process: polls every due feed of the database once and reports time, feeds/s
// and peak memory as JSON. `tsx poller.ts DB PORT CONCURRENCY`.
import { createFeedFetcher } from '../../src/fetch/index.ts';
import { pollOnce } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const [, , db, port, concurrency] = process.argv;
// After the imports: the runtime, tsx and the code, before any feed.
const startRss = process.memoryUsage().rss;
let peak = startRss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
// Every bench host name resolves to the local server, which the allow-list lets us reach.
const lookup = async () => [{ address: '127.0.0.1', family: 4 as const }];
const store = openStore(db as string);
const fetcher = createFeedFetcher({ now: () => new Date(), allow: ['127.0.0.1/32'], lookup });
const started = performance.now();
const results = await pollOnce(
  { store, fetcher, now: () => new Date() },
  { limit: 100_000, concurrency: Number(concurrency), perHost: 2 },
);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await fetcher.close();
await store.close();
const count = (o: string) => results.filter((r) => r.outcome === o).length;
process.stdout.write(
  `${JSON.stringify({ feeds: results.length, ok: count('ok'), notModified: count('not_modified'), errors: count('error'), seconds, feedsPerSecond: results.length / seconds, startRssMb: startRss / 1e6, peakRssMb: peak / 1e6, port })}\n`,
);
