// Whole-feed golden fixtures: test/fixtures/parse/<case>.<ext> beside <case>.expected.json.
// UPDATE_GOLDEN=1 npm test rewrites the expected files; review the diff before committing.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toParseOutput } from '../../src/cli/commands/parse-output.ts';
import { parse } from './helpers.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'parse');
const cases = readdirSync(DIR).filter((f) => !f.endsWith('.expected.json'));

describe('golden feeds', () => {
  it.each(cases)('%s parses to its expected output', (file) => {
    const expectedPath = join(DIR, file.replace(/\.[^.]+$/, '.expected.json'));
    const actual = toParseOutput(
      parse(readFileSync(join(DIR, file)), { url: `https://fixtures.example/${file}` }),
    );
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
