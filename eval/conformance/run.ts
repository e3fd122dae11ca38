// `npm run conformance`: every test of feedparser's suite (../shared/corpora/feedparser) against
// parseFeed, pass counts per category beside the Python parser's own results.
//   --failures [category]  list failing tests with the expectation and what we produced
//   --reasons [n]          the n most common failure reasons, grouped (default 15)
//   --only <text>          run only tests whose path contains text
//   --json                 also write bench/out/conformance.json
//   --crosscheck           also evaluate each `Expect:` expression where JSON assertions exist,
//                          and list where the two verdicts differ (checks the evaluator)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkAssertions } from './assertions.ts';
import { toFeedparserResult } from './feedparser-view.ts';
import { startTestServer, type TestServer } from './http-server.ts';
import { CORPUS_DIR, loadManifest, loadPeer, type ManifestTest } from './manifest.ts';
import { checkExpression } from './py-expr.ts';
import { formatFailures, formatReasons, formatTable, tally } from './report.ts';
import { guarded, runManifestTest, runSpecialTest, type RunContext, type TestResult } from './run-test.ts';
import { SPECIAL_TESTS, specialTestFor } from './special-tests.ts';
import { parseFeed } from '../../src/parse/index.ts';

// A fixed "now", so that runs are repeatable.
const NOW = new Date('2024-01-01T00:00:00Z');
const HTTP_CONCURRENCY = 8;

interface Options {
  readonly failures: string | null | undefined;
  readonly reasons: number | undefined;
  readonly only: string | undefined;
  readonly json: boolean;
  readonly crosscheck: boolean;
}

function optionalValue(argv: readonly string[], flag: string): string | null | undefined {
  const i = argv.indexOf(flag);
  if (i < 0) return undefined;
  const next = argv[i + 1];
  return next !== undefined && !next.startsWith('--') ? next : null;
}

function readOptions(argv: readonly string[]): Options {
  const reasons = optionalValue(argv, '--reasons');
  return {
    failures: optionalValue(argv, '--failures'),
    reasons: reasons === undefined ? undefined : Number(reasons ?? 15),
    only: optionalValue(argv, '--only') ?? undefined,
    json: argv.includes('--json'),
    crosscheck: argv.includes('--crosscheck'),
  };
}

async function startServerWithRetry(corpusDir: string): Promise<TestServer> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startTestServer(corpusDir);
    } catch (err) {
      if ((err as { code?: string }).code !== 'EADDRINUSE' || attempt >= 20) throw err;
      // Another run holds 127.0.0.1:8097 (the port the expected URLs name): wait for it.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function runAll(
  tests: readonly ManifestTest[],
  ctx: RunContext,
  only: string | undefined,
): Promise<TestResult[]> {
  const results: TestResult[] = [];
  const httpJobs: Array<() => Promise<TestResult>> = [];
  for (const test of tests) {
    const base = {
      path: test.path,
      category: test.category,
      description: test.description,
      expect: test.expect,
    };
    const special = specialTestFor(test.path);
    if (special) httpJobs.push(() => guarded(base, () => runSpecialTest(special, ctx)));
    else if (test.servedOverHttp) httpJobs.push(() => guarded(base, () => runManifestTest(test, ctx)));
    else results.push(await guarded(base, () => runManifestTest(test, ctx)));
  }
  const known = new Set(tests.map((t) => t.path));
  for (const special of SPECIAL_TESTS) {
    if (known.has(special.path) || (only && !special.path.includes(only))) continue;
    const base = {
      path: special.path,
      category: special.category,
      description: special.description,
      expect: '',
    };
    httpJobs.push(() => guarded(base, () => runSpecialTest(special, ctx)));
  }
  for (let i = 0; i < httpJobs.length; i += HTTP_CONCURRENCY) {
    results.push(...(await Promise.all(httpJobs.slice(i, i + HTTP_CONCURRENCY).map((job) => job()))));
  }
  const order = new Map(
    [...tests.map((t) => t.path), ...SPECIAL_TESTS.map((t) => t.path)].map((p, i) => [p, i]),
  );
  return results.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
}

function crosscheck(tests: readonly ManifestTest[], corpusDir: string): string[] {
  const differences: string[] = [];
  for (const test of tests) {
    if (!test.assertions || test.servedOverHttp) continue;
    try {
      const result = toFeedparserResult(
        parseFeed(readFileSync(path.join(corpusDir, test.path)), { now: NOW }),
      );
      const fromJson = checkAssertions(result, test.assertions).status;
      const fromPython = checkExpression(test.expect, result);
      if (fromJson !== fromPython.status)
        differences.push(
          `${test.path}: json ${fromJson}, python ${fromPython.status} ${'reason' in fromPython ? fromPython.reason : ''}`,
        );
    } catch {
      // A crash is reported by the main run.
    }
  }
  return differences;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = readOptions(argv);
  const started = performance.now();
  const corpusDir = CORPUS_DIR;
  const tests = loadManifest(corpusDir).filter((t) => !options.only || t.path.includes(options.only));
  const peer = loadPeer(corpusDir);
  const server = await startServerWithRetry(corpusDir);
  let results: TestResult[];
  try {
    results = await runAll(tests, { corpusDir, baseUrl: server.baseUrl, now: NOW }, options.only);
  } finally {
    await server.close();
  }
  const { categories, total } = tally(results, peer);
  if (options.failures !== undefined) console.log(`${formatFailures(results, options.failures)}\n`);
  if (options.reasons !== undefined)
    console.log(`Most common failure reasons:\n${formatReasons(results, options.reasons)}\n`);
  console.log(
    `feedparser conformance (${corpusDir}, peer: Python feedparser 6.0.10 as recorded in its jsonl)\n`,
  );
  console.log(formatTable(categories, total));
  console.log(
    `\ncrashes: ${total.counts.crash}   unsupported expressions: ${total.counts.unsupported}   harness errors: ${total.counts.error}`,
  );
  console.log(
    'notes: http = runtests.py TestHTTPStatus (peer column: the jsonl read their placeholder `Expect: 0`);\n' +
      '       compression = runtests.py TestCompression (not in the manifest, no peer record);\n' +
      '       the peer jsonl was recorded without a test server: its 102 fails are all HTTP-served tests\n' +
      "       (base/http_*, wellformed/http, lang/http_*, http), which upstream's own runner, with its server, passes;\n" +
      '       wellformed/entities run once here (Python runs them with its strict and its loose parser).',
  );
  if (options.crosscheck)
    console.log(`\ncrosscheck differences:\n${crosscheck(tests, corpusDir).join('\n') || '(none)'}`);
  if (options.json) {
    const out = path.join('bench', 'out', 'conformance.json');
    mkdirSync(path.dirname(out), { recursive: true });
    const withPeer = results.map((r) => ({ ...r, peer: peer.get(r.path) ?? null }));
    writeFileSync(
      out,
      `${JSON.stringify({ corpus: corpusDir, now: NOW.toISOString(), total, categories, tests: withPeer }, null, 1)}\n`,
    );
    console.log(`wrote ${out}`);
  }
  console.log(`${results.length} tests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return total.counts.crash > 0 || total.counts.error > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
