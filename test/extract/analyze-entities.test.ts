import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyseLine } from '../../src/cli/commands/analyze-entities.ts';
import { mapJsonLines } from '../../src/cli/json-lines.ts';
import { createAliasResolver, createExtractor, loadTagger, parseAliasFile } from '../../src/extract/index.ts';

const extract = createExtractor(
  loadTagger(readFileSync(new URL('../../models/ner/ner-model.bin.gz', import.meta.url))),
);

async function run(input: string): Promise<{ out: string; err: string; failed: number }> {
  const [stdin, stdout, stderr] = [new PassThrough(), new PassThrough(), new PassThrough()];
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(input);
  const failed = await mapJsonLines(stdin, stdout, stderr, (value) => analyseLine(extract, undefined, value));
  return { out, err, failed };
}

describe('analyze entities', () => {
  it('writes {id, entities} with text, type, offsets and canonical name', () => {
    expect(analyseLine(extract, undefined, { id: 'a1', text: 'Mr Dolkun Isa spoke in Munich.' })).toEqual({
      id: 'a1',
      entities: [
        { text: 'Dolkun Isa', type: 'PER', start: 3, end: 13, canonical: 'Dolkun Isa' },
        { text: 'Munich', type: 'LOC', start: 23, end: 29, canonical: 'Munich' },
      ],
    });
  });

  it('reports a line without text by its line number and carries on', async () => {
    const { out, err, failed } = await run('{"id":1,"text":"Urumqi"}\n{"id":2}\n{"id":3,"text":""}\n');
    expect(out).toBe(
      '{"id":1,"entities":[{"text":"Urumqi","type":"LOC","start":0,"end":6,"canonical":"Urumqi"}]}\n{"id":3,"entities":[]}\n',
    );
    expect(err).toBe(
      'line 2: expected {id, text}: text: Invalid input: expected string, received undefined\n',
    );
    expect(failed).toBe(1);
  });

  it('applies the alias file to canonical names', () => {
    const file = parseAliasFile(
      'version: 1\nmerge:\n  - into: Chinese Communist Party\n    names: [Communist Party of China]\n',
    );
    if (!file.ok) throw new Error(file.errors.join('; '));
    const result = analyseLine(extract, createAliasResolver(file.file), {
      id: 7,
      text: 'The Communist Party of China met in Beijing.',
    });
    expect(result).toEqual({
      id: 7,
      entities: [
        {
          text: 'Communist Party of China',
          type: 'ORG',
          start: 4,
          end: 28,
          canonical: 'Chinese Communist Party',
        },
        { text: 'Beijing', type: 'LOC', start: 36, end: 43, canonical: 'Beijing' },
      ],
    });
  });
});
