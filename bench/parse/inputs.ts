// The benchmark inputs: the two generated feeds (written by the runner into bench/out/) and the
// real-world fixtures of rss-parser, read in place from ../shared (never copied into the project).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface InputFile {
  readonly name: string;
  readonly bytes: Buffer;
}

export interface BenchInput {
  readonly name: string;
  readonly files: readonly InputFile[];
  readonly totalBytes: number;
}

export const OUT_DIR = fileURLToPath(new URL('../out/', import.meta.url));
export const FIXTURE_DIR = fileURLToPath(
  new URL('../../../shared/corpora/feeds-golden/rss-parser/test/input/', import.meta.url),
);

/** The inputs in the order the runner measures them, with what each is. */
export const INPUTS: Readonly<Record<string, string>> = {
  'rss-20k': 'generated RSS 2.0, 20,000 items (bench/parse/generate.ts)',
  'atom-8k': 'generated Atom 1.0, 8,000 entries (bench/parse/generate.ts)',
  fixtures: 'the 31 real feeds of rss-parser/test/input, parsed one after another',
};

const GENERATED: Readonly<Record<string, string>> = {
  'rss-20k': 'generated-rss-20000.xml',
  'atom-8k': 'generated-atom-8000.xml',
};

/** Returns the input's files, or null when its source is not on this machine. */
export function loadInput(name: string): BenchInput | null {
  const generated = GENERATED[name];
  if (generated !== undefined) return fromFiles(name, OUT_DIR, [generated]);
  if (name === 'fixtures') {
    if (!existsSync(FIXTURE_DIR)) return null;
    return fromFiles(name, FIXTURE_DIR, readdirSync(FIXTURE_DIR).sort());
  }
  throw new Error(`bench: unknown input ${name}`);
}

function fromFiles(name: string, dir: string, fileNames: readonly string[]): BenchInput | null {
  if (!fileNames.every((file) => existsSync(join(dir, file)))) return null;
  const files = fileNames.map((file) => ({ name: file, bytes: readFileSync(join(dir, file)) }));
  return { name, files, totalBytes: files.reduce((sum, file) => sum + file.bytes.length, 0) };
}
