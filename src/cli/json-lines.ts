// JSON lines in, JSON lines out: the interface the `analyze` commands share.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export type JsonLine =
  { readonly line: number; readonly value: unknown } | { readonly line: number; readonly error: string };

/** Yields each non-empty line of input parsed as JSON, or the parse error with its line number. */
export async function* readJsonLines(input: Readable): AsyncGenerator<JsonLine> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (err) {
      yield { line, error: err instanceof Error ? err.message : String(err) };
    }
  }
}

/**
 * Runs handle over every JSON line of input and writes each result as one line of output.
 * A line that is not JSON, or that handle rejects by throwing, is reported on stderr with
 * its line number; the rest carries on. Returns the number of lines that failed.
 */
export async function mapJsonLines(
  input: Readable,
  output: Writable,
  stderr: Writable,
  handle: (value: unknown) => unknown,
): Promise<number> {
  let failed = 0;
  for await (const entry of readJsonLines(input)) {
    if ('error' in entry) {
      failed += 1;
      stderr.write(`line ${entry.line}: not JSON: ${entry.error}\n`);
      continue;
    }
    try {
      output.write(`${JSON.stringify(handle(entry.value))}\n`);
    } catch (err) {
      failed += 1;
      stderr.write(`line ${entry.line}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return failed;
}
