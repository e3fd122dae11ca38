// Where a generated archive lives, and the sizes the benchmarks accept.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArchiveSpec } from './archive-plan.ts';

export const OUT_DIR = fileURLToPath(new URL('../out/', import.meta.url));

/** One true wire copy: the copy's link, its root original's link, the edit rate asked and made. */
export interface TrueCopy {
  readonly copy: string;
  readonly original: string;
  readonly editRate: number;
  readonly actualRate: number;
  readonly words: number;
}

export interface ArchiveTruth {
  readonly spec: ArchiveSpec;
  readonly feeds: ReadonlyArray<{
    index: number;
    title: string;
    url: string;
    isWire: boolean;
    count: number;
  }>;
  readonly copies: readonly TrueCopy[];
  readonly templated: ReadonlyArray<{ url: string; template: string }>;
}

export interface ArchiveMeta {
  readonly spec: ArchiveSpec;
  readonly files: number;
  readonly items: number;
  readonly bytes: number;
  readonly words: number;
  readonly generatedMs: number;
}

/** Returns the item count for a size label: 100k, 1m, 25k, or a plain number. */
export function parseSize(label: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(label.trim());
  if (!match) throw new Error(`bench: size '${label}' is not like 100k, 1m or 5000`);
  const unit = match[2]?.toLowerCase() === 'm' ? 1e6 : match[2]?.toLowerCase() === 'k' ? 1e3 : 1;
  return Math.round(Number(match[1]) * unit);
}

/** Returns the folders and files of the archive with this size label. */
export function archivePaths(label: string) {
  const dir = join(OUT_DIR, `archive-${label.toLowerCase()}`);
  return {
    dir,
    feeds: join(dir, 'feeds'),
    truth: join(dir, 'truth.json'),
    meta: join(dir, 'meta.json'),
    db: join(dir, 'store.db'),
  };
}

/** Returns the archive's meta file, or null when it has not been generated. */
export function readMeta(label: string): ArchiveMeta | null {
  const { meta } = archivePaths(label);
  return existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as ArchiveMeta) : null;
}

/** Returns the archive's ground truth. */
export function readTruth(label: string): ArchiveTruth {
  return JSON.parse(readFileSync(archivePaths(label).truth, 'utf8')) as ArchiveTruth;
}
