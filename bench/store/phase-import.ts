// Where import time goes: the steps of importBytes (src/pipeline/import-file.ts) run one by one
// with a timer each, into a separate fresh database. MinHash is timed again on its own (extra
// work, outside the phase sum) to split the prepare step.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '../../src/parse/index.ts';
import { feedOfFile, listImportFiles } from '../../src/pipeline/index.ts';
import { bandKeysOf, prepareItems, shinglesOf } from '../../src/process/index.ts';
import { openStore } from '../../src/store/index.ts';
import { archivePaths } from './archive-files.ts';
import { removeDatabase } from './import-bench.ts';

const PHASES = ['read', 'parse', 'prepare', 'store'] as const;
type Phase = (typeof PHASES)[number];

function timed<T>(totals: Record<string, number>, phase: string, run: () => T): T {
  const t0 = performance.now();
  const value = run();
  totals[phase] = (totals[phase] ?? 0) + performance.now() - t0;
  return value;
}

/** Imports the archive step by step into dbPath; returns lines with the time of each step. */
export async function runPhaseImport(label: string, dbPath: string): Promise<string[]> {
  removeDatabase(dbPath);
  const store = openStore(dbPath);
  const totals: Record<Phase | 'minhash', number> = { read: 0, parse: 0, prepare: 0, store: 0, minhash: 0 };
  let items = 0;
  for (const path of await listImportFiles([archivePaths(label).feeds])) {
    const t0 = performance.now();
    const bytes = await readFile(path);
    totals.read += performance.now() - t0;
    const now = new Date();
    const fileUrl = pathToFileURL(path).href;
    const parsed = timed(totals, 'parse', () => parseFeed(bytes, { url: fileUrl, now }));
    const prepared = timed(totals, 'prepare', () => prepareItems(parsed));
    const t1 = performance.now();
    await store.importFeed({
      feed: feedOfFile(parsed, fileUrl, basename(path)),
      raw: { source: fileUrl, fetchedAt: now.toISOString(), bytes, httpStatus: null, httpHeaders: null },
      parsed,
      items: prepared,
      skipKnownBytes: 'ever',
    });
    totals.store += performance.now() - t1;
    items += prepared.length;
    for (const item of parsed.items) {
      timed(totals, 'minhash', () => bandKeysOf(shinglesOf(`${item.title ?? ''} ${item.text}`)));
    }
  }
  await store.close();
  removeDatabase(dbPath);
  const sum = PHASES.reduce((n, phase) => n + totals[phase], 0);
  const line = (phase: Phase) =>
    `  ${phase.padEnd(8)} ${(totals[phase] / 1000).toFixed(1).padStart(7)} s  ${((100 * totals[phase]) / sum).toFixed(1).padStart(5)}%  ${(totals[phase] / items).toFixed(3)} ms/item`;
  return [
    `import phases (the steps of importBytes, timed one by one) archive-${label}: ${items} items, ${(sum / 1000).toFixed(1)} s, ${((items * 1000) / sum).toFixed(0)} items/s`,
    ...PHASES.map(line),
    `  within prepare (timed again separately): shingles+MinHash ${(totals.minhash / 1000).toFixed(1)} s`,
  ];
}
