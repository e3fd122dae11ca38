import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { analyzeNamesLine } from '../../src/cli/commands/analyze-names.ts';
import { mapJsonLines } from '../../src/cli/json-lines.ts';

async function run(input: string): Promise<{ out: string[]; err: string; failed: number }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const outChunks: string[] = [];
  const errChunks: string[] = [];
  out.on('data', (c: Buffer) => outChunks.push(c.toString()));
  err.on('data', (c: Buffer) => errChunks.push(c.toString()));
  const failed = await mapJsonLines(Readable.from([input]), out, err, analyzeNamesLine);
  return {
    out: outChunks
      .join('')
      .split('\n')
      .filter((l) => l !== ''),
    err: errChunks.join(''),
    failed,
  };
}

describe('analyze names', () => {
  it('scores two names and explains the score', () => {
    expect(analyzeNamesLine({ id: 1, a: 'Putin Vladimir', b: 'Vladimir Putin' })).toEqual({
      id: 1,
      score: 1,
      match: true,
      threshold: 0.7,
      names: { a: 'Putin Vladimir', b: 'Vladimir Putin' },
      features: [
        { name: 'token_overlap', value: 1, contribution: 1 },
        { name: 'evidence', value: 1, contribution: 0 },
        { name: 'conflict', value: 0, contribution: 0, detail: 'only in a: -; only in b: -' },
        { name: 'legal_form', value: 'none', contribution: 0 },
        { name: 'country', value: 'unknown', contribution: 0 },
        { name: 'word_order', value: 'reordered', contribution: 0 },
      ],
      links: [
        { a: 'putin', b: 'putin', method: 'exact', similarity: 1 },
        { a: 'vladimir', b: 'vladimir', method: 'exact', similarity: 1 },
      ],
    });
  });

  it('takes objects with aliases and a country', () => {
    const r = analyzeNamesLine({
      id: 'x',
      a: { name: 'Alpha Beta', aliases: ['Hikvision'], country: 'CN' },
      b: { name: 'Hikvision Co., Ltd.', country: ['cn'] },
    });
    expect([r.score, r.names.a, r.features.find((f) => f.name === 'country')?.value]).toEqual([
      1,
      'Hikvision',
      'same',
    ]);
  });

  it('reports a missing id and a name of the wrong type', () => {
    expect(() => analyzeNamesLine({ a: 5, b: 'x' })).toThrow(
      'analyze names: id: id must be a string or a number; a: expected a name: a string or {name, aliases, country}',
    );
  });

  it('reports an empty name', () => {
    expect(() => analyzeNamesLine({ id: 1, a: '  ', b: 'x' })).toThrow(
      'analyze names: a: name must not be empty',
    );
  });

  it('reports a line that is not an object', () => {
    expect(() => analyzeNamesLine([1, 2])).toThrow(
      'analyze names: (line): Invalid input: expected object, received array',
    );
  });

  it('reports bad lines by number and carries on', async () => {
    const r = await run(
      '{"id":1,"a":"NCA","b":"National Crime Agency"}\n{"id":2}\nnot json\n{"id":4,"a":"a","b":"b"}\n',
    );
    expect(r.out.map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([1, 4]);
    expect(r.failed).toBe(2);
    expect(r.err.split('\n')[0]).toBe(
      'line 2: analyze names: a: expected a name: a string or {name, aliases, country}; b: expected a name: a string or {name, aliases, country}',
    );
    expect(r.err.split('\n')[1]).toMatch(/^line 3: not JSON/);
  });
});
