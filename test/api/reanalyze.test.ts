// POST /api/reanalyze: items left by an older analysis version (or, with all, every item) are
// analysed again in the background; the job reports progress; admins only.
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';
import { freshStore } from '../store/helpers.ts';
import { importAnalysedSample, sampleAnalyzer } from '../store/analysed-sample.ts';
import { keyFor, makeApp, REMOTE, withKey, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

interface Job {
  id: string;
  state: string;
  all: boolean;
  total: number | null;
  analysed: number;
  error: string | null;
  actor: string;
}

const json = { 'content-type': 'application/json' };

/** Starts a re-analysis and polls it until done; returns the job as it ended. */
async function reanalyze(app: TestApp, body: unknown): Promise<Job> {
  const res = await app.call('/api/reanalyze', { method: 'POST', headers: json, body: JSON.stringify(body) });
  if (res.status !== 202) throw new Error(`refused: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as Job;
  for (;;) {
    const job = (await (await app.call(`/api/reanalyze/${id}`)).json()) as Job;
    if (job.state === 'done') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Returns an app over the sample, its items analysed at an older version (a new server session). */
async function appWithOldAnalyses(): Promise<TestApp> {
  const { store, path } = freshStore();
  await importAnalysedSample(store);
  await store.resetAnalysis();
  const items = await store.pendingAnalysis(ANALYSIS_VERSION, 100);
  await store.saveAnalyses(items.map(sampleAnalyzer()), ANALYSIS_VERSION - 1, '2022-12-01T10:00:00.000Z');
  await store.close();
  return makeApp({ store: openStore(path), analyze: sampleAnalyzer() });
}

describe('POST /api/reanalyze', () => {
  it('analyses the items of an older version again, then finds none left', async () => {
    t = await appWithOldAnalyses();
    const first = await reanalyze(t, {});
    const second = await reanalyze(t, {});
    const entities = await t.store.listEntities({ limit: 5 });
    expect([first.state, first.all, first.total, first.analysed, first.error, first.actor]).toEqual([
      'done',
      false,
      null,
      14,
      null,
      'local',
    ]);
    expect([second.analysed, entities.length]).toEqual([0, 5]);
  });

  it('analyses every item again with all, and logs who asked', async () => {
    const { store } = freshStore();
    await importAnalysedSample(store);
    t = makeApp({ store, analyze: sampleAnalyzer() });
    const before = await t.store.listEntities({ limit: 1000 });
    const job = await reanalyze(t, { all: true });
    const after = await t.store.listEntities({ limit: 1000 });
    const [entry] = await t.store.listAudit(1, null);
    expect([job.all, job.total, job.analysed, job.error]).toEqual([true, 14, 14, null]);
    expect(after.map((e) => e.name).sort()).toEqual(before.map((e) => e.name).sort());
    expect([entry?.actor, entry?.action, entry?.target, entry?.details]).toEqual([
      'local',
      'POST /api/reanalyze',
      `reanalysis:${job.id}`,
      { status: 202, all: true },
    ]);
  });

  it('answers 409 on a server without analysers', async () => {
    t = makeApp();
    const res = await t.call('/api/reanalyze', { method: 'POST', headers: json, body: '{}' });
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([
      409,
      'input.no_analyzer',
    ]);
  });

  it('is for admins only, needs no body, and an unknown job is 404', async () => {
    t = makeApp({ analyze: sampleAnalyzer() });
    const analyst = await keyFor(t.store, 'ana', 'analyst');
    const res = await t.call('/api/reanalyze', {
      method: 'POST',
      from: REMOTE,
      headers: withKey(analyst, json),
      body: '{}',
    });
    const unknown = await t.call('/api/reanalyze/00000000-0000-4000-8000-000000000000');
    const bodiless = await t.call('/api/reanalyze', { method: 'POST' });
    expect([res.status, unknown.status, bodiless.status]).toEqual([403, 404, 202]);
  });
});
