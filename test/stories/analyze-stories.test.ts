import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createStoriesHandler } from '../../src/cli/commands/analyze-stories.ts';
import { mapJsonLines } from '../../src/cli/json-lines.ts';
import { FIRE_A, FIRE_B } from './fixtures/news.ts';

async function run(lines: readonly string[], handle = createStoriesHandler()) {
  const out = new PassThrough();
  const err = new PassThrough();
  const outText: string[] = [];
  const errText: string[] = [];
  out.on('data', (c: Buffer) => outText.push(c.toString()));
  err.on('data', (c: Buffer) => errText.push(c.toString()));
  const failed = await mapJsonLines(Readable.from([lines.join('\n')]), out, err, handle);
  return { failed, out: outText.join(''), err: errText.join('') };
}

const line = (d: { id: string; title: string; text: string }, id: string | number = d.id) =>
  JSON.stringify({ id, title: d.title, text: d.text, published: null });

describe('analyze stories', () => {
  it('prints {id, story} per line in stream order, ids as given', async () => {
    const [a1, a2] = FIRE_A;
    const [b1] = FIRE_B;
    if (a1 === undefined || a2 === undefined || b1 === undefined) throw new Error('fixtures');
    const r = await run([line(a1, 1), line(b1, 'b1'), line(a2, 3)]);
    expect(r.out).toBe('{"id":1,"story":"s1"}\n{"id":"b1","story":"s2"}\n{"id":3,"story":"s1"}\n');
    expect(r.failed).toBe(0);
  });

  it('reports a line without id or text with its number and carries on', async () => {
    const [a1] = FIRE_A;
    if (a1 === undefined) throw new Error('fixtures');
    const r = await run(['{"title":"No id"}', '{"id":"x","published":null}', line(a1)]);
    expect(r.out).toBe('{"id":"a1","story":"s1"}\n');
    expect(r.err).toBe(
      'line 1: analyze stories: id: Invalid input\nline 2: analyze stories: (line): title or text is required\n',
    );
    expect(r.failed).toBe(2);
  });

  it('asks the entity finder for names with the title and text of each line', async () => {
    const seen: string[] = [];
    const handle = createStoriesHandler({
      findEntities: (title, text) => {
        seen.push(`${title}|${text}`);
        return [];
      },
    });
    await run(
      ['{"id":1,"title":"T","text":"Body."}', '{"id":2,"title":"U","text":"Other.","entities":["Given"]}'],
      handle,
    );
    expect(seen).toEqual(['T|Body.']);
  });
});
