// Import throughput through the real pipeline: every file of a generated archive goes through
// importFile (read, parse, prepare, store in one transaction) into a fresh SQLite file. Prints
// items/s, total and CPU time, database bytes per item (file plus WAL after a checkpoint, with
// the largest tables), and peak RSS. --bare adds the floor: the same rows through a bare
// INSERT (and a bare INSERT plus FTS5). --phases adds where the time goes (parse, prepare,
// store). Never asserts a time. Run:
//   node --expose-gc --import tsx bench/store/import-bench.ts [--size 100k|1m] [--bare] [--phases]
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { importFile, listImportFiles } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';
import { archivePaths } from './archive-files.ts';
import { runBareInserts } from './bare-insert.ts';
import { generateArchive } from './generate-archive.ts';
import {
  codeLine,
  machineLine,
  mb,
  measureDisk,
  peakRssBytes,
  writtenBytes,
  type DiskUsage,
} from './measure.ts';
import { runPhaseImport } from './phase-import.ts';

export interface ImportReport {
  readonly label: string;
  /** Items/s over each twentieth of the files, in import order. */
  readonly curve: readonly number[];
  readonly files: number;
  readonly failed: number;
  readonly itemsNew: number;
  readonly duplicatesLinked: number;
  readonly warnings: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly itemsPerSecond: number;
  readonly disk: DiskUsage;
  readonly bytesPerItem: number;
  /** Bytes the process wrote (WAL, checkpoints) per item imported. */
  readonly writtenPerItem: number;
  readonly peakRssBytes: number;
  readonly machineBefore: string;
  readonly machineAfter: string;
}

/** Removes an SQLite file and its WAL companions. */
export function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** Imports the archive with this label into a fresh database at dbPath; returns the figures. */
export async function runImportBench(label: string, dbPath: string): Promise<ImportReport> {
  const files = await listImportFiles([archivePaths(label).feeds]);
  removeDatabase(dbPath);
  const machineBefore = machineLine();
  const store = openStore(dbPath);
  const tally = { failed: 0, itemsNew: 0, duplicatesLinked: 0, warnings: 0 };
  const curve: number[] = [];
  const mark = { items: 0, s: 0 };
  const cpu = process.cpuUsage();
  const written = writtenBytes();
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    const result = await importFile(store, file, new Date());
    if (!result.ok) {
      tally.failed += 1;
      console.error(`  failed: ${result.file}: ${result.error}`);
      continue;
    }
    tally.itemsNew += result.outcome.itemsNew;
    tally.duplicatesLinked += result.outcome.duplicatesLinked;
    tally.warnings += result.outcome.warnings.length;
    if ((i + 1) % Math.max(1, Math.floor(files.length / 20)) === 0 || i === files.length - 1) {
      const s = (performance.now() - started) / 1000;
      curve.push(Math.round((tally.itemsNew - mark.items) / (s - mark.s)));
      Object.assign(mark, { items: tally.itemsNew, s });
      console.error(
        `  ${i + 1}/${files.length} files, ${tally.itemsNew} items, ${s.toFixed(0)} s, lately ${curve.at(-1)} items/s`,
      );
    }
  }
  await store.close();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const writtenPerItem = (writtenBytes() - written) / Math.max(1, tally.itemsNew);
  const disk = measureDisk(dbPath);
  return {
    label,
    curve,
    files: files.length,
    ...tally,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    itemsPerSecond: tally.itemsNew / seconds,
    disk,
    bytesPerItem: disk.bytes / Math.max(1, tally.itemsNew),
    writtenPerItem,
    peakRssBytes: peakRssBytes(),
    machineBefore,
    machineAfter: machineLine(),
  };
}

/** Returns the report as printable lines. */
export function describeImport(r: ImportReport): string[] {
  return [
    `import (importFile per file) archive-${r.label}: ${r.itemsNew} items from ${r.files} files (${r.failed} failed, ${r.warnings} parse warnings)`,
    `  ${r.itemsPerSecond.toFixed(0)} items/s, total ${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU`,
    `  items/s over each twentieth of the import: ${r.curve.join(' ')}`,
    `  database ${mb(r.disk.bytes)} (WAL ${mb(r.disk.walBytes)} after checkpoint) = ${r.bytesPerItem.toFixed(0)} bytes/item; ${(r.writtenPerItem / 1024).toFixed(0)} KiB written per item (WAL and checkpoints)`,
    `  largest: ${r.disk.tables
      .slice(0, 6)
      .map((t) => `${t.name} ${mb(t.bytes)}`)
      .join(', ')}`,
    `  near-duplicates linked: ${r.duplicatesLinked}; peak RSS ${mb(r.peakRssBytes)}`,
    `  machine before: ${r.machineBefore}`,
    `  machine after:  ${r.machineAfter}`,
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100k' },
      seed: { type: 'string', default: '20250601' },
      bare: { type: 'boolean', default: false },
      phases: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  });
  const label = values.size;
  generateArchive(label, Number(values.seed));
  const paths = archivePaths(label);
  console.log(codeLine());
  const report = await runImportBench(label, values.db ?? paths.db);
  console.log(describeImport(report).join('\n'));
  writeFileSync(join(paths.dir, 'import-result.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (values.phases) console.log((await runPhaseImport(label, join(paths.dir, 'phases.db'))).join('\n'));
  if (values.bare) console.log((await runBareInserts(label, join(paths.dir, 'bare.db'))).join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
