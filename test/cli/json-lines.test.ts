import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { mapJsonLines } from '../../src/cli/json-lines.ts';

async function run(input: string, handle: (v: unknown) => unknown) {
  const out = new PassThrough();
  const err = new PassThrough();
  const outChunks: string[] = [];
  const errChunks: string[] = [];
  out.on('data', (c: Buffer) => outChunks.push(c.toString()));
  err.on('data', (c: Buffer) => errChunks.push(c.toString()));
  const failed = await mapJsonLines(Readable.from([input]), out, err, handle);
  return { failed, out: outChunks.join(''), err: errChunks.join('') };
}

describe('mapJsonLines', () => {
  it('writes one result line per input line and skips blank lines', async () => {
    const r = await run('{"id":1}\n\n{"id":2}\n', (v) => ({ seen: (v as { id: number }).id }));
    expect(r.out).toBe('{"seen":1}\n{"seen":2}\n');
    expect(r.failed).toBe(0);
  });

  it('reports a line that is not JSON with its number and carries on', async () => {
    const r = await run('{"id":1}\n{oops\n{"id":3}\n', (v) => v);
    expect(r.out).toBe('{"id":1}\n{"id":3}\n');
    expect(r.failed).toBe(1);
    expect(r.err).toMatch(/^line 2: not JSON/);
  });

  it('reports a line the handler rejects and carries on', async () => {
    const r = await run('1\n2\n', (v) => {
      if (v === 1) throw new Error('analyze: id missing');
      return v;
    });
    expect(r.out).toBe('2\n');
    expect(r.err).toBe('line 1: analyze: id missing\n');
  });
});
