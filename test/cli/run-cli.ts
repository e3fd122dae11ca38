// Runs the CLI in this process, as `newswatch ARGS...`, and returns its exit code and what it
// wrote to stdout and stderr (captured, not printed).
import { vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    const code = await main(['node', 'newswatch', ...args]);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}
