// The feedparser corpus's machine-readable files: manifest.jsonl (one test per line) and the
// Python peer's own results (peer-python-feedparser-6.0.10.jsonl). See the corpus's FORMAT.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const assertion = z.union([
  z.object({ bozo: z.boolean() }),
  z.object({ path: z.array(z.union([z.string(), z.number()])), equals: z.unknown() }),
]);

const manifestLine = z.object({
  path: z.string(),
  category: z.string(),
  description: z.string(),
  expect: z.string(),
  skipUnless: z.string().nullable(),
  httpHeaders: z.record(z.string(), z.string()).nullable(),
  servedOverHttp: z.boolean(),
  strictAndLoose: z.boolean(),
  bytes: z.number(),
  assertions: z.array(assertion).nullable(),
});

const peerLine = z.object({
  path: z.string(),
  peer: z.enum(['pass', 'fail', 'error', 'skipped']),
  error: z.string().optional(),
});

export type Assertion = z.infer<typeof assertion>;
export type ManifestTest = z.infer<typeof manifestLine>;
export type PeerOutcome = z.infer<typeof peerLine>['peer'];

export const CORPUS_DIR = path.join('..', 'shared', 'corpora', 'feedparser');
export const PEER_FILE = 'peer-python-feedparser-6.0.10.jsonl';

function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** Returns every test of the corpus's manifest.jsonl, in file order. */
export function loadManifest(corpusDir: string): ManifestTest[] {
  return readJsonLines(path.join(corpusDir, 'manifest.jsonl'), manifestLine);
}

/** Returns the Python peer's outcome per test path. */
export function loadPeer(corpusDir: string): Map<string, PeerOutcome> {
  return new Map(readJsonLines(path.join(corpusDir, PEER_FILE), peerLine).map((l) => [l.path, l.peer]));
}
