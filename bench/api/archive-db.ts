// The database the API benchmark serves: the seeded archive of bench/store (its RSS files stay
// where its generator writes them, bench/out/archive-<size>/feeds) imported file by file through
// importFile, the real import path (parse, prepareItems, store.importFeed), into
// bench/scratch/api/. Items are left unanalysed: search and the item page do not need entities,
// and the tagger would take half an hour on 100k items. A manifest written after the import
// closes cleanly marks the database complete; it is reused while seed and spec match.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { importFile, listImportFiles } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';
import { archivePaths } from '../store/archive-files.ts';
import type { ArchiveSpec } from '../store/archive-plan.ts';
import { generateArchive } from '../store/generate-archive.ts';

export const SCRATCH_DIR = fileURLToPath(new URL('../scratch/api/', import.meta.url));

export interface ArchiveManifest {
  readonly spec: ArchiveSpec;
  readonly files: number;
  readonly items: number;
  readonly duplicatesLinked: number;
  readonly minItemId: number;
  readonly maxItemId: number;
  readonly importSeconds: number;
  readonly isAnalysed: false;
}

export interface ArchiveDb {
  readonly path: string;
  readonly manifest: ArchiveManifest;
  readonly isReused: boolean;
}

function pathsOf(label: string) {
  const base = join(SCRATCH_DIR, `archive-${label.toLowerCase()}`);
  return { db: `${base}.db`, manifest: `${base}.manifest.json` };
}

function readManifest(path: string): ArchiveManifest | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ArchiveManifest) : null;
}

function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

async function importArchive(label: string, spec: ArchiveSpec, db: string): Promise<ArchiveManifest> {
  const files = await listImportFiles([archivePaths(label).feeds]);
  const store = openStore(db);
  const tally = { items: 0, duplicatesLinked: 0, minItemId: Infinity, maxItemId: 0 };
  const started = performance.now();
  try {
    for (const [i, file] of files.entries()) {
      const result = await importFile(store, file, new Date());
      if (!result.ok) throw new Error(`bench:api: import failed: ${result.file}: ${result.error}`);
      tally.items += result.outcome.itemsNew;
      tally.duplicatesLinked += result.outcome.duplicatesLinked;
      for (const id of result.outcome.newItemIds) {
        tally.minItemId = Math.min(tally.minItemId, id);
        tally.maxItemId = Math.max(tally.maxItemId, id);
      }
      if ((i + 1) % 20 === 0 || i === files.length - 1)
        console.error(`  imported ${i + 1}/${files.length} files, ${tally.items} items`);
    }
  } finally {
    await store.close();
  }
  const importSeconds = Math.round((performance.now() - started) / 100) / 10;
  return { spec, files: files.length, ...tally, importSeconds, isAnalysed: false };
}

/** Returns the schema version of the database at path (the server migrates it when it opens it). */
export function schemaVersionOf(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], { v: number }>('SELECT max(version) AS v FROM schema_migrations').get()?.v ?? 0;
  } finally {
    db.close();
  }
}

/** Returns the benchmark database for a size and seed, importing it first unless a complete one exists. */
export async function ensureArchiveDb(label: string, seed: number): Promise<ArchiveDb> {
  const paths = pathsOf(label);
  const meta = generateArchive(label, seed);
  const old = readManifest(paths.manifest);
  if (old && JSON.stringify(old.spec) === JSON.stringify(meta.spec) && existsSync(paths.db))
    return { path: paths.db, manifest: old, isReused: true };
  mkdirSync(SCRATCH_DIR, { recursive: true });
  rmSync(paths.manifest, { force: true });
  removeDatabase(paths.db);
  console.error(`bench:api: importing archive-${label} (${meta.items} items) into ${paths.db}`);
  const manifest = await importArchive(label, meta.spec, paths.db);
  writeFileSync(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  return { path: paths.db, manifest, isReused: false };
}
