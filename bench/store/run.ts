// npm run bench:store: the store's measurements of issue 3 at one archive size, in order:
// generate the archive (reused when it exists), import it through the real pipeline into a
// fresh database, search it beside MiniSearch, and score near-duplicate detection. Never
// asserts a time. Run:
//   node --expose-gc --import tsx bench/store/run.ts [--size 100k|1m] [--bare] [--phases] [--no-peer] [--reps 3]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { archivePaths } from './archive-files.ts';
import { runBareInserts } from './bare-insert.ts';
import { runDedupeEval } from './dedupe-eval.ts';
import { generateArchive } from './generate-archive.ts';
import { describeImport, runImportBench } from './import-bench.ts';
import { codeLine, machineLine } from './measure.ts';
import { runPhaseImport } from './phase-import.ts';
import { runSearchBench } from './search-bench.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100k' },
    seed: { type: 'string', default: '20250601' },
    reps: { type: 'string', default: '3' },
    bare: { type: 'boolean', default: false },
    phases: { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
    'peer-heap-mb': { type: 'string', default: '8192' },
  },
});
const label = values.size;
const seed = Number(values.seed);
const paths = archivePaths(label);
const say = (lines: string[]) => console.log(`${lines.join('\n')}\n`);

console.log(`bench:store --size ${label} · ${codeLine()} · ${machineLine()}\n`);
const meta = generateArchive(label, seed);
say([
  `archive-${label}: ${meta.items} items, ${meta.files} files, ${(meta.bytes / 1e6).toFixed(0)} MB of RSS, ${(meta.words / meta.items).toFixed(0)} words/item (${paths.dir})`,
]);
say(describeImport(await runImportBench(label, paths.db)));
if (values.phases) say(await runPhaseImport(label, join(paths.dir, 'phases.db')));
if (values.bare) say(await runBareInserts(label, join(paths.dir, 'bare.db'), seed));
say(
  await runSearchBench({
    label,
    reps: Number(values.reps),
    withPeer: !values['no-peer'],
    peerHeapMb: Number(values['peer-heap-mb']),
    seed,
  }),
);
say(runDedupeEval(label));
