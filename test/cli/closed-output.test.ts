// A reader that closes early (`newswatch export | head`) ends a streaming command quietly:
// exit code 0, no stack trace, and the archive as it was.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { freshStore, importOf, rssOf, WIRE_COPY } from '../store/helpers.ts';

const TSX = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const CLI = join(import.meta.dirname, '..', '..', 'src', 'cli', 'run.ts');

let db: string;

beforeAll(async () => {
  const { store, path } = freshStore();
  db = path;
  // Far more than a pipe holds (64 KiB), so the export is still writing when the reader leaves.
  const items = Array.from({ length: 400 }, (_, i) => ({
    guid: `g${i}`,
    title: `Report ${i} on Xinjiang`,
    text: `${WIRE_COPY} ${i}`.repeat(4),
    date: 'Tue, 21 Jun 2022 04:00:00 GMT',
  }));
  await store.importFeed(
    importOf('https://wire.example/rss', rssOf('Wire', items), '2022-11-26T10:00:00.000Z'),
  );
  await store.close();
});

/** Runs the CLI, reads its first chunk of stdout (or none), closes the pipe; returns the exit code and stderr. */
async function runClosingEarly(
  args: readonly string[],
  readFirst: boolean,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(TSX, [CLI, ...args, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (readFirst) child.stdout.once('data', () => child.stdout.destroy());
  else child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stderr };
}

describe('a closed stdout', () => {
  it('ends `export --format csv` quietly after the first chunk', { timeout: 30_000 }, async () => {
    expect(await runClosingEarly(['export', '--format', 'csv'], true)).toEqual({ code: 0, stderr: '' });
  });

  it('ends `export` (JSON lines) quietly when nothing was read', { timeout: 30_000 }, async () => {
    expect(await runClosingEarly(['export'], false)).toEqual({ code: 0, stderr: '' });
  });

  it('ends `search --json` quietly when nothing was read', { timeout: 30_000 }, async () => {
    expect(await runClosingEarly(['search', 'Xinjiang', '--json', '--limit', '400'], false)).toEqual({
      code: 0,
      stderr: '',
    });
  });

  it('leaves the archive whole', async () => {
    const store = openStore(db);
    let count = 0;
    for await (const _item of store.exportItems({})) count += 1;
    await store.close();
    expect(count).toBe(400);
  });
});
