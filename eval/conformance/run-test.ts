// Runs one conformance test: parse the file (or fetch it from the test server), build the
// feedparser view, check the expectation. A throwing parseFeed is a crash, never an abort.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedFeed, ParseOptions } from '../../src/model/index.ts';
import { parseFeed } from '../../src/parse/index.ts';
import { checkAssertions } from './assertions.ts';
import { notModifiedResult, toFeedparserResult } from './feedparser-view.ts';
import { baseUrlOf, fetchFollowing, type Fetched } from './http-fetch.ts';
import type { ManifestTest } from './manifest.ts';
import { checkExpression, type Outcome } from './py-expr.ts';
import type { PyDict } from './py-value.ts';
import type { SpecialStep, SpecialTest } from './special-tests.ts';

/** crash: parseFeed threw; error: the harness itself failed on this test (a bug here, not in parse/). */
export type Status = 'pass' | 'fail' | 'crash' | 'unsupported' | 'error';

export interface TestResult {
  readonly path: string;
  readonly category: string;
  readonly description: string;
  /** What was checked: the Python expression, or the steps of a special test. */
  readonly expect: string;
  readonly status: Status;
  readonly reason?: string;
}

export interface RunContext {
  readonly corpusDir: string;
  /** The test server's base URL (http://127.0.0.1:8097). */
  readonly baseUrl: string;
  readonly now: Date;
}

type Viewed = { readonly result: PyDict } | { readonly crash: string } | { readonly fetchError: string };

function parseSafely(bytes: Uint8Array, options: ParseOptions): ParsedFeed | string {
  try {
    return parseFeed(bytes, options);
  } catch (err) {
    return `parseFeed threw: ${err instanceof Error ? (err.stack ?? err.message).split('\n').slice(0, 3).join(' | ') : String(err)}`;
  }
}

async function viewLocal(test: ManifestTest, ctx: RunContext): Promise<Viewed> {
  const bytes = await readFile(path.join(ctx.corpusDir, test.path));
  const feed = parseSafely(bytes, { now: ctx.now });
  return typeof feed === 'string' ? { crash: feed } : { result: toFeedparserResult(feed) };
}

function viewFetched(fetched: Fetched, ctx: RunContext): Viewed {
  const http = { status: fetched.status, href: fetched.finalUrl, headers: fetched.headers };
  if (fetched.body === null) return { result: notModifiedResult(http) };
  const contentType = fetched.headers['content-type'];
  const options: ParseOptions = {
    url: baseUrlOf(fetched),
    now: ctx.now,
    ...(contentType ? { contentType } : {}),
    ...(fetched.headers['content-language'] ? { contentLanguage: fetched.headers['content-language'] } : {}),
  };
  const feed = parseSafely(fetched.body, options);
  return typeof feed === 'string' ? { crash: feed } : { result: toFeedparserResult(feed, http) };
}

async function viewHttp(
  testPath: string,
  ctx: RunContext,
  headers: Record<string, string> = {},
): Promise<Viewed> {
  try {
    return viewFetched(await fetchFollowing(`${ctx.baseUrl}/${testPath}`, headers), ctx);
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    return { fetchError: `fetch: ${(err as Error).message}${cause ? ` (${cause})` : ''}` };
  }
}

function finish(
  base: Omit<TestResult, 'status' | 'reason'>,
  viewed: Viewed,
  check: (r: PyDict) => Outcome,
): TestResult {
  if ('crash' in viewed) return { ...base, status: 'crash', reason: viewed.crash };
  if ('fetchError' in viewed) return { ...base, status: 'fail', reason: viewed.fetchError };
  const outcome = check(viewed.result);
  return outcome.status === 'pass'
    ? { ...base, status: 'pass' }
    : { ...base, status: outcome.status, reason: outcome.reason };
}

/** Returns the result of run, or an `error` result when the harness itself throws. */
export async function guarded(
  base: Omit<TestResult, 'status'>,
  run: () => Promise<TestResult>,
): Promise<TestResult> {
  try {
    return await run();
  } catch (err) {
    return {
      ...base,
      status: 'error',
      reason: `harness: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

/** Returns the outcome of one manifest test. */
export async function runManifestTest(test: ManifestTest, ctx: RunContext): Promise<TestResult> {
  const viewed = test.servedOverHttp ? await viewHttp(test.path, ctx) : await viewLocal(test, ctx);
  const base = {
    path: test.path,
    category: test.category,
    description: test.description,
    expect: test.expect,
  };
  const assertions = test.assertions;
  return finish(base, viewed, (r) =>
    assertions ? checkAssertions(r, assertions) : checkExpression(test.expect, r),
  );
}

function conditionalHeaders(step: SpecialStep, first: PyDict): Record<string, string> {
  const value = step.conditional === 'etag' ? first.lookup('etag') : first.lookup('updated');
  const name = step.conditional === 'etag' ? 'If-None-Match' : 'If-Modified-Since';
  return typeof value === 'string' ? { [name]: value } : {};
}

/** Returns the outcome of a runtests.py test: every step must pass. */
export async function runSpecialTest(test: SpecialTest, ctx: RunContext): Promise<TestResult> {
  const expect = test.steps
    .map((s) => (s.conditional ? `[conditional ${s.conditional}] ${s.expect}` : s.expect))
    .join(' ; ');
  const base = { path: test.path, category: test.category, description: test.description, expect };
  let first: PyDict | null = null;
  for (const [i, step] of test.steps.entries()) {
    const headers = step.conditional && first ? conditionalHeaders(step, first) : {};
    const viewed = await viewHttp(test.path, ctx, headers);
    const result = finish(base, viewed, (r) => checkExpression(step.expect, r));
    if (result.status !== 'pass') return { ...result, reason: `step ${i + 1}: ${result.reason ?? ''}` };
    if ('result' in viewed) first ??= viewed.result;
  }
  return { ...base, status: 'pass' };
}
