// Screening through the API: a job with progress, the report with reasons, evidence and
// coverage, analysts' decisions applied at once, the downloads, and who may do what. The
// archive is the bundled sample, analysed with the shipped model, copied fresh for each test.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadItemAnalyzer } from '../../src/cli/analysis-setup.ts';
import { analyzePending, importFile } from '../../src/pipeline/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { keyFor, makeApp, withKey, type TestApp } from './helpers.ts';

const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');
const WATCHLIST = readFileSync(join(SAMPLES, 'watchlist.csv'), 'utf8');
let archive = '';
let t: TestApp | null = null;

beforeAll(async () => {
  archive = join(mkdtempSync(join(tmpdir(), 'newswatch-screen-')), 'sample.db');
  const store = openStore(archive);
  await importFile(store, join(SAMPLES, 'xinjiang-topic-dump.txt'), new Date());
  await analyzePending(store, await loadItemAnalyzer({}), () => new Date());
  await store.close();
}, 60_000);

afterEach(async () => {
  await t?.close();
  t = null;
});

/** Returns an app over a fresh copy of the analysed sample, with the sample watchlist uploaded. */
async function sampleApp(wrap: (store: Store) => Store = (s) => s): Promise<TestApp> {
  const path = join(mkdtempSync(join(tmpdir(), 'newswatch-screen-')), 'copy.db');
  copyFileSync(archive, path);
  const app = makeApp({ store: wrap(openStore(path)) });
  const res = await app.call('/api/watchlists?name=watchlist', {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: WATCHLIST,
  });
  if (res.status !== 201) throw new Error(`upload refused: ${await res.text()}`);
  return app;
}

interface Job {
  id: string;
  state: string;
  done: number;
  total: number;
  summary: { entries: number; withMatches: number; confirmed: number; rejected: number } | null;
  error: string | null;
}

interface Report {
  watchlist: { name: string };
  entries: Array<{
    entry: { id: number; name: string; line: number };
    matches: Array<{
      entity: { id: number; name: string };
      match: { score: number; a: string; b: string; features: Array<{ name: string; contribution: number }> };
      decision: { decision: string; reason: string; actor: string } | null;
      evidence: Array<{
        sentence: string;
        sourceSha256: string;
        published: string;
        url: string | null;
        themes: Array<{ theme: string; label: string; triggers: string[] }>;
      }>;
    }>;
    themes: Array<{ theme: string; label: string; items: number }>;
  }>;
  coverage: { feeds: Array<{ items: number; state: string }>; items: number; from: string; to: string };
  summary: { entries: number; withMatches: number; confirmed: number; rejected: number };
}

async function screen(t: TestApp, headers: Record<string, string> = {}, body?: unknown): Promise<Job> {
  const res = await t.call('/api/watchlists/1/screen', {
    method: 'POST',
    ...(body === undefined
      ? { headers }
      : { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
  });
  if (res.status !== 202) throw new Error(`screen refused: ${res.status} ${await res.text()}`);
  return (await res.json()) as Job;
}

async function finished(t: TestApp, id: string): Promise<Job> {
  for (;;) {
    const job = (await (await t.call(`/api/screenings/${id}`)).json()) as Job;
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function reportOf(t: TestApp, id: string): Promise<Report> {
  return (await (await t.call(`/api/screenings/${id}/report`)).json()) as Report;
}

const matchesOf = (r: Report) =>
  r.entries.map((e) => [e.entry.name, e.matches.map((m) => m.entity.name)] as const);

describe('screening a watchlist', () => {
  it('runs as a job, counting the entries done, and any reader may start it', async () => {
    t = await sampleApp();
    const reader = await keyFor(t.store, 'rita', 'reader');
    const job = await screen(t, withKey(reader));
    const done = await finished(t, job.id);
    expect([job.state, done.state, done.done, done.total, done.summary]).toEqual([
      'queued',
      'done',
      7,
      7,
      { entries: 7, withMatches: 2, confirmed: 0, rejected: 0 },
    ]);
  });

  it('reports Hikvision and MSCI, and no match for the controls', async () => {
    t = await sampleApp();
    const report = await reportOf(t, (await finished(t, (await screen(t)).id)).id);
    expect(matchesOf(report)).toEqual([
      ['Hangzhou Hikvision Digital Technology Co., Ltd.', ['Hikvision']],
      ['Zhejiang Dahua Technology Co., Ltd.', []],
      ['Huawei Technologies Co., Ltd.', []],
      ['MSCI Inc.', ['MSCI']],
      ['SenseTime Group Inc.', []],
      ['National Grid plc', []],
      ['Sheffield United Football Club', []],
    ]);
  });

  it('explains each match and cites its evidence with the sentence and the sha256', async () => {
    t = await sampleApp();
    const report = await reportOf(t, (await finished(t, (await screen(t)).id)).id);
    const hik = report.entries[0]?.matches[0];
    const total = hik?.match.features.reduce((n, f) => n + f.contribution, 0) ?? 0;
    expect([
      hik?.match.b,
      hik?.match.score,
      Math.abs(total - (hik?.match.score ?? 0)) < 0.01,
      hik?.evidence.length,
      hik?.evidence[0]?.sentence.includes('Hikvision'),
      /^[0-9a-f]{64}$/.test(hik?.evidence[0]?.sourceSha256 ?? ''),
      report.coverage.items,
      report.coverage.feeds.length,
    ]).toEqual(['Hikvision', 1, true, 1, true, true, 14, 1]);
  });

  it("gives each piece of evidence its item's themes, and each entry the themes across its evidence", async () => {
    t = await sampleApp();
    const report = await reportOf(t, (await finished(t, (await screen(t)).id)).id);
    const hik = report.entries[0];
    expect([hik?.matches[0]?.evidence[0]?.themes, hik?.themes, report.entries[1]?.themes]).toEqual([
      [
        {
          theme: 'surveillance-technology',
          label: 'Surveillance technology',
          triggers: ['ethnicity recognition', 'security camera', 'Hikvision'],
        },
      ],
      [{ theme: 'surveillance-technology', label: 'Surveillance technology', items: 1 }],
      [],
    ]);
  });

  it('screens only evidence since a date when asked, and refuses a date it cannot read', async () => {
    t = await sampleApp();
    const later = await finished(t, (await screen(t, {}, { since: '2100-01-01' })).id);
    const bad = await t.call('/api/watchlists/1/screen', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ since: 'last week' }),
    });
    expect([
      later.summary?.withMatches,
      bad.status,
      ((await bad.json()) as { error: { code: string; message: string } }).error,
    ]).toEqual([
      0,
      400,
      { code: 'input.invalid', message: 'json.since: expected 2024-05-01 or an ISO instant' },
    ]);
  });

  it('answers 404 for an unknown watchlist or screening, 400 for a malformed id', async () => {
    t = await sampleApp();
    const list = await t.call('/api/watchlists/9/screen', { method: 'POST' });
    const job = await t.call('/api/screenings/00000000-0000-4000-8000-000000000000');
    const bad = await t.call('/api/screenings/nope/report');
    expect([list.status, job.status, bad.status]).toEqual([404, 404, 400]);
  });

  it('says the report is not ready while the screening runs', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The coverage is read after the last entry: holding it keeps the job running.
    t = await sampleApp(
      (store) =>
        new Proxy(store, {
          get: (target, prop, receiver) =>
            prop === 'coverage'
              ? async (since: string | null) => (await gate, target.coverage(since))
              : (Reflect.get(target, prop, receiver) as unknown),
        }),
    );
    const job = await screen(t);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const running = (await (await t.call(`/api/screenings/${job.id}`)).json()) as Job;
    const early = await t.call(`/api/screenings/${job.id}/report`);
    release();
    const done = await finished(t, job.id);
    expect([running.state, running.done, early.status, await early.json(), done.state]).toEqual([
      'running',
      7,
      409,
      {
        error: {
          code: 'input.busy',
          message: 'screen: the screening is still running (7 of 7 entries); try again shortly',
        },
      },
      'done',
    ]);
  });
});

describe('a screening that fails', () => {
  it('says why in the job, and answers 409 for its report', async () => {
    let calls: number | null = null; // counted from the POST on
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The job's read of the list (the call after the route's) waits while the list is deleted.
    t = await sampleApp(
      (store) =>
        new Proxy(store, {
          get: (target, prop, receiver) =>
            prop === 'getWatchlist'
              ? async (ref: string) => {
                  if (calls !== null && ++calls === 2) await gate;
                  return target.getWatchlist(ref);
                }
              : (Reflect.get(target, prop, receiver) as unknown),
        }),
    );
    calls = 0;
    const job = await screen(t);
    await t.call('/api/watchlists/1', { method: 'DELETE' });
    release();
    const failed = await finished(t, job.id);
    const report = await t.call(`/api/screenings/${job.id}/report`);
    expect([failed.state, failed.error, report.status, await report.json()]).toEqual([
      'failed',
      'screen: no watchlist "#1" (see newswatch watchlist list)',
      409,
      {
        error: {
          code: 'input.job_failed',
          message: 'screen: no watchlist "#1" (see newswatch watchlist list)',
        },
      },
    ]);
  });
});

describe('decisions on matches', () => {
  async function decide(t: TestApp, report: Report, body: Record<string, unknown>, headers = {}) {
    const hik = report.entries[0];
    return t.call('/api/watchlists/1/decisions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ entryId: hik?.entry.id, entityId: hik?.matches[0]?.entity.id, ...body }),
    });
  }

  it('records a confirmation by the analyst, shown in the report at once and in the audit log', async () => {
    t = await sampleApp();
    const analyst = await keyFor(t.store, 'ana', 'analyst');
    const { id } = await finished(t, (await screen(t)).id);
    const res = await decide(
      t,
      await reportOf(t, id),
      { decision: 'confirmed', reason: 'same stock code SZ:002415' },
      withKey(analyst),
    );
    const after = await reportOf(t, id);
    const [audit] = await t.store.listAudit(1, null);
    expect([
      res.status,
      after.entries[0]?.matches[0]?.decision,
      after.summary.confirmed,
      audit?.action,
      audit?.details,
    ]).toEqual([
      201,
      expect.objectContaining({
        decision: 'confirmed',
        reason: 'same stock code SZ:002415',
        actor: expect.stringMatching(/^key:[a-z0-9]{10} \(ana\)$/),
      }),
      1,
      'POST /api/watchlists/1/decisions',
      {
        status: 201,
        entryRef: 'watchlist/SZ:002415',
        entityKey: expect.any(String),
        decision: 'confirmed',
      },
    ]);
  });

  it("counts a rejected match out of the entries with matches and out of the entry's themes", async () => {
    t = await sampleApp();
    const { id } = await finished(t, (await screen(t)).id);
    await decide(t, await reportOf(t, id), { decision: 'rejected', reason: 'another company' });
    const after = await reportOf(t, id);
    expect([after.summary, after.entries[0]?.themes]).toEqual([
      { entries: 7, withMatches: 1, confirmed: 0, rejected: 1 },
      [],
    ]);
  });

  it('needs an analyst, a reason, and an entry and entity that exist', async () => {
    t = await sampleApp();
    const reader = await keyFor(t.store, 'rita', 'reader');
    const report = await reportOf(t, (await finished(t, (await screen(t)).id)).id);
    const ok = { decision: 'confirmed', reason: 'x' };
    const codes = [];
    for (const [body, headers] of [
      [ok, withKey(reader)],
      [{ decision: 'confirmed', reason: '  ' }, {}],
      [{ decision: 'maybe', reason: 'x' }, {}],
      [{ ...ok, entryId: 999 }, {}],
      [{ ...ok, entityId: 99999 }, {}],
    ] as const) {
      const res = await decide(t, report, body, headers);
      codes.push([res.status, ((await res.json()) as { error: { code: string } }).error.code]);
    }
    expect(codes).toEqual([
      [403, 'auth.forbidden'],
      [400, 'input.invalid'],
      [400, 'input.invalid'],
      [404, 'input.not_found'],
      [404, 'input.not_found'],
    ]);
  });
});

describe('report downloads', () => {
  it('gives the printable HTML and the CSV as attachments', async () => {
    t = await sampleApp();
    const { id } = await finished(t, (await screen(t)).id);
    const page = await t.call(`/api/screenings/${id}/report.html`);
    const csv = await t.call(`/api/screenings/${id}/report.csv`);
    const day = new Date().toISOString().slice(0, 10);
    const text = await page.text();
    expect([
      page.headers.get('content-type'),
      page.headers.get('content-disposition'),
      page.headers.get('content-security-policy'),
      text.includes('Screening of “watchlist” against the archive'),
      csv.headers.get('content-type'),
      csv.headers.get('content-disposition'),
      (await csv.text()).split('\n').filter((l) => l.includes('no match in the archive')).length,
    ]).toEqual([
      'text/html; charset=utf-8',
      `attachment; filename="screening-watchlist-${day}.html"`,
      "sandbox; default-src 'none'; style-src 'unsafe-inline'",
      true,
      'text/csv; charset=utf-8',
      `attachment; filename="screening-watchlist-${day}.csv"`,
      5,
    ]);
  });
});
