import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ManifestTest } from '../../eval/conformance/manifest.ts';
import { guarded, runManifestTest } from '../../eval/conformance/run-test.ts';

vi.mock('../../src/parse/index.ts', () => ({
  parseFeed: (bytes: Uint8Array) => {
    if (Buffer.from(bytes).toString().includes('BOOM')) throw new Error('boom');
    return {
      format: 'rss',
      version: '2.0',
      encoding: 'utf-8',
      title: 'T',
      titleDetail: null,
      link: null,
      links: [],
      description: null,
      subtitleDetail: null,
      id: null,
      language: null,
      updated: null,
      published: null,
      authors: [],
      contributors: [],
      publisher: null,
      categories: [],
      rights: null,
      info: null,
      generator: null,
      image: null,
      icon: null,
      docs: null,
      ttl: null,
      itunes: null,
      license: null,
      extensions: {},
      items: [],
      warnings: [],
      bozo: false,
    };
  },
}));

let corpus: string;
const ctx = () => ({
  corpusDir: corpus,
  baseUrl: 'http://127.0.0.1:1',
  now: new Date('2024-01-01T00:00:00Z'),
});

function manifestTest(file: string, expectText: string): ManifestTest {
  return {
    path: `tests/${file}`,
    category: 'x',
    description: 'd',
    expect: expectText,
    skipUnless: null,
    httpHeaders: null,
    servedOverHttp: false,
    strictAndLoose: false,
    bytes: 0,
    assertions: null,
  };
}

beforeAll(() => {
  corpus = mkdtempSync(path.join(tmpdir(), 'conformance-run-'));
  mkdirSync(path.join(corpus, 'tests'));
  writeFileSync(path.join(corpus, 'tests', 'ok.xml'), '<rss/>');
  writeFileSync(path.join(corpus, 'tests', 'boom.xml'), 'BOOM');
});

afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('runManifestTest', () => {
  it('checks the Expect expression when there are no JSON assertions', async () => {
    const result = await runManifestTest(
      manifestTest('ok.xml', "feed['title'] == 'T' and version == 'rss20'"),
      ctx(),
    );
    expect(result.status).toBe('pass');
  });

  it('counts a throwing parseFeed as a crash, not as an abort', async () => {
    const result = await runManifestTest(manifestTest('boom.xml', '1'), ctx());
    expect([result.status, result.reason?.startsWith('parseFeed threw: Error: boom')]).toEqual([
      'crash',
      true,
    ]);
  });
});

describe('guarded', () => {
  it('turns a harness exception into an error result', async () => {
    const base = { path: 'p', category: 'c', description: 'd', expect: '1' };
    const result = await guarded(base, () => Promise.reject(new Error('oops')));
    expect(result).toEqual({ ...base, status: 'error', reason: 'harness: oops' });
  });
});
