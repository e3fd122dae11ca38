// `newswatch serve` as a process: --demo imports the sample, the address is printed, and
// SIGTERM stops it gracefully (requests finish, the database closes, exit code 0).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const CLI = join(import.meta.dirname, 'fixtures', 'serve-cli.ts');

describe('newswatch serve', () => {
  it('imports the demo, serves it, and stops on SIGTERM', { timeout: 60_000 }, async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'newswatch-serve-cli-')), 'demo.db');
    const child = spawn(
      TSX,
      [CLI, 'serve', '--demo', '--no-poll', '--no-analyze', '--port', '0', '--db', db],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const match = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${out}`)));
    });
    const search = (await (await fetch(`${url}api/search?q=Hikvision`)).json()) as { total: number };
    const code = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect([out.split('\n')[0], search.total, await code, out.includes('SIGTERM, stopping')]).toEqual([
      'demo: imported the bundled sample (14 items)',
      1,
      0,
      true,
    ]);
  });
});
