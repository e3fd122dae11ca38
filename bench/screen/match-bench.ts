// Benchmark of name screening: a seeded watchlist of 10,000 names against 100,000 entity
// names, through the candidate index. Prints index build and screening times, names per
// second, peak memory, and the share of planted variants found (a sanity check, not an
// evaluation: eval/names.ts measures quality). Run:
//   node --expose-gc --import tsx bench/screen/match-bench.ts [entities] [watchlist]
import { loadavg } from 'node:os';
import { buildNameIndex } from '../../src/screen/index.ts';
import { makeName, makeVariant, seededRandom } from './names-gen.ts';

const ENTITIES = Number(process.argv[2] ?? 100_000);
const WATCHLIST = Number(process.argv[3] ?? 10_000);
const PLANTED_SHARE = 0.2;

let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function main(): void {
  const random = seededRandom(42);
  const entities = Array.from({ length: ENTITIES }, (_, id) => ({ id, name: makeName(random) }));
  const watchlist = Array.from({ length: WATCHLIST }, (_, i) => {
    if (random() >= PLANTED_SHARE) return { name: makeName(random), planted: null };
    const target = entities[Math.floor(random() * entities.length)]!;
    return { name: makeVariant(target.name, random), planted: target.id, i };
  });
  sample();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = buildNameIndex(entities);
  const built = performance.now();
  const cpu1 = process.cpuUsage(cpu0);
  sample();
  let hits = 0;
  let found = 0;
  let planted = 0;
  watchlist.forEach((entry, i) => {
    const matches = index.screen(entry.name);
    hits += matches.length;
    if (entry.planted !== null) {
      planted += 1;
      if (matches.some((m) => m.id === entry.planted)) found += 1;
    }
    if (i % 500 === 0) sample();
  });
  const done = performance.now();
  const cpu2 = process.cpuUsage(cpu0);
  const cpuS = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;
  sample();
  const buildS = (built - t0) / 1000;
  const screenS = (done - built) / 1000;
  console.log(`entities ${ENTITIES}, watchlist ${WATCHLIST} (${planted} planted variants)`);
  const buildCpu = cpuS(cpu1);
  const screenCpu = cpuS(cpu2) - buildCpu;
  console.log(
    `index build: ${buildS.toFixed(2)} s wall, ${buildCpu.toFixed(2)} s CPU (${Math.round(ENTITIES / buildS)} names/s)`,
  );
  console.log(
    `screening:   ${screenS.toFixed(2)} s wall, ${screenCpu.toFixed(2)} s CPU (${Math.round(WATCHLIST / screenS)} watchlist names/s), ${hits} matches`,
  );
  console.log(
    `total:       ${(buildS + screenS).toFixed(2)} s wall, ${(buildCpu + screenCpu).toFixed(2)} s CPU`,
  );
  console.log(`load average during the run: ${loadavg()[0]!.toFixed(1)} (other processes share the machine)`);
  console.log(`planted variants found: ${found}/${planted} (${((100 * found) / planted).toFixed(1)} %)`);
  console.log(`peak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
}

main();
