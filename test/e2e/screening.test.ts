// An analyst's path through screening in a real browser: the sample imported (and analysed
// with the shipped model), the sample watchlist uploaded, a screening run, its matches with
// their reasons, the controls unmatched, a match confirmed, the report downloaded; then a
// monitor of the watchlist with its Atom feed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createUser } from '../../src/api/index.ts';
import {
  launchBrowser,
  requireChromium,
  screenshot,
  startTestServer,
  watchedPage,
  type TestServer,
  type WatchedPage,
} from './browser.ts';

const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');
const SLOW = 60_000;
const PASSWORD = 'correct horse battery';
const HIKVISION = 'Hangzhou Hikvision Digital Technology Co., Ltd.';
/** Entries in a list long enough for its screening to take a few seconds. */
const BIG_LIST = 20_000;

/** Imports the sample through the API with an admin's key; resolves when it is imported and analysed. */
async function importSample(base: string, key: string): Promise<void> {
  const auth = { authorization: `Bearer ${key}` };
  const res = await fetch(`${base}/api/imports?name=xinjiang-topic-dump.txt`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/octet-stream' },
    body: readFileSync(join(SAMPLES, 'xinjiang-topic-dump.txt')),
  });
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    const job = (await (await fetch(`${base}/api/imports/${id}`, { headers: auth })).json()) as {
      state: string;
      analysed: number;
    };
    if (job.state === 'done') {
      if (job.analysed !== 14) throw new Error(`e2e: expected 14 items analysed, not ${job.analysed}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const textOf = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('an analyst screening a watchlist in the browser', () => {
  let app: TestServer;
  let context: BrowserContext;
  let watched: WatchedPage;
  let reportUrl = '';

  beforeAll(async () => {
    requireChromium();
    let adminKey = '';
    app = await startTestServer({ requireLogin: true }, async (store) => {
      await createUser(store, { name: 'ana', role: 'analyst', password: PASSWORD }, new Date());
      await createUser(store, { name: 'ops', role: 'admin', password: null }, new Date());
      adminKey = (await createKey(store, { userName: 'ops', label: 'e2e import' }, new Date())).key;
    });
    await importSample(app.url, adminKey);
    context = await launchBrowser(app.url);
    watched = await watchedPage(context);
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    await app?.server.close();
  });

  it('signs in and uploads the sample watchlist', { timeout: SLOW }, async () => {
    const { page } = watched;
    await page.goto(`${app.url}/screening`);
    await page.getByLabel('User name').fill('ana');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${app.url}/screening`);
    await screenshot(page, 'screening');
    await page.setInputFiles('#watchlist-file', join(SAMPLES, 'watchlist.csv'));
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('heading', { name: 'Uploaded “watchlist”' }).waitFor();
    await screenshot(page, 'screening-uploaded');
    expect([
      await textOf(page, '.upload-result .notice'),
      await page.locator('a[aria-current="page"]').textContent(),
    ]).toEqual(['7 entries stored; 0 rows skipped.', 'Screening']);
  });

  it('runs the screening and sees the matches with their reasons', { timeout: SLOW }, async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'Screen “watchlist”' }).click();
    await page.waitForURL(/\/screening\/runs\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Entries with matches (2)' }).waitFor();
    reportUrl = page.url();
    await screenshot(page, 'screening-report');
    const matched = await page.locator('section.entry h3').allTextContents();
    const entities = await page.locator('.match h4').allTextContents();
    const hikReasons = await page
      .locator('.match')
      .first()
      .locator('table.reasons tbody tr td:first-child')
      .allTextContents();
    const evidence = await textOf(page, '.match .evidence blockquote');
    const sha = await textOf(page, '.match .evidence code.hash');
    const themes = await textOf(page, '.match .evidence .themes');
    expect([
      matched,
      entities.map((e) => e.replace(/\s+/g, ' ').trim()),
      hikReasons.some((r) => r.includes('token_overlap')),
      evidence.includes('Hikvision'),
      /^[0-9a-f]{64}$/.test(sha),
      themes,
    ]).toEqual([
      [`Line 2: ${HIKVISION}`, 'Line 5: MSCI Inc.'],
      [
        expect.stringMatching(/^Hikvision \(ORG, entity #\d+\) — score 1\.00$/),
        expect.stringMatching(/^MSCI \(ORG, entity #\d+\) — score 1\.00$/),
      ],
      true,
      true,
      true,
      'Themes: Surveillance technology (“ethnicity recognition”, “security camera”, “Hikvision”)',
    ]);
  });

  it(
    'sees that the controls have no match, and the coverage that says what that means',
    { timeout: SLOW },
    async () => {
      const { page } = watched;
      const unmatched = await page
        .locator('#unmatched ~ .table-wrap tbody td:nth-child(2)')
        .allTextContents();
      const coverage = await textOf(page, '#coverage + p');
      expect([
        unmatched.includes('National Grid plc'),
        unmatched.includes('Sheffield United Football Club'),
        coverage.includes('Absence of coverage is not a finding of no adverse news'),
        coverage.includes('Searched 14 items from 1 feed'),
      ]).toEqual([true, true, true, true]);
    },
  );

  it('confirms the Hikvision match with a reason and sees the decision', { timeout: SLOW }, async () => {
    const { page } = watched;
    const hik = page.locator('.match').first();
    await hik
      .getByLabel(`Reason for “${HIKVISION}” ~ “Hikvision”`)
      .fill('Same company: Hikvision is its trading name');
    await hik.getByRole('button', { name: 'Confirm match' }).click();
    await page.waitForURL(/done=decision-recorded/);
    await page.getByText('Decision recorded.').waitFor();
    await screenshot(page, 'screening-decided');
    const decision = await textOf(page, '.match .decision');
    const summary = await textOf(page, 'main > p[role="status"]:not(.notice)');
    expect([
      decision,
      summary.startsWith('7 entries screened: 2 with matches (1 confirmed, 0 rejected).'),
    ]).toEqual([
      expect.stringMatching(
        /^Confirmed by user:ana on \d{4}-\d{2}-\d{2} \d{2}:\d{2}: “Same company: Hikvision is its trading name”$/,
      ),
      true,
    ]);
  });

  it('downloads the report as printable HTML with the decision in it', { timeout: SLOW }, async () => {
    const { page } = watched;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'printable HTML' }).click(),
    ]);
    const path = await download.path();
    const html = readFileSync(path, 'utf8');
    expect([
      /^screening-watchlist-\d{4}-\d{2}-\d{2}\.html$/.test(download.suggestedFilename()),
      html.includes('Screening of “watchlist” against the archive'),
      html.includes('confirmed by user:ana'),
      html.includes('Same company: Hikvision is its trading name'),
    ]).toEqual([true, true, true, true]);
  });

  it('adds a monitor of the watchlist and follows its Atom feed', { timeout: SLOW }, async () => {
    const { page } = watched;
    await page.goto(`${app.url}/alerts`);
    await page.getByLabel('Name').fill('watchlist news');
    await page.getByLabel('A watchlist: items naming the entities its entries match').check();
    await page.getByLabel('Watchlist', { exact: true }).selectOption({ label: 'watchlist' });
    await page.getByRole('button', { name: 'Add monitor' }).click();
    await page.waitForURL(/\/alerts\?done=alert-added$/);
    await screenshot(page, 'alerts');
    const feedHref = (await page.getByRole('link', { name: 'Atom feed' }).getAttribute('href')) ?? '';
    const feed = await page.request.get(`${app.url}${feedHref}`);
    const xml = await feed.text();
    expect([
      await textOf(page, 'table.data tbody tr td:nth-child(2)'),
      feed.status(),
      feed.headers()['content-type'],
      xml.includes('Matched by watchlist'),
      (xml.match(/<entry>/g) ?? []).length,
    ]).toEqual(['watchlist watchlist', 200, 'application/atom+xml; charset=utf-8', true, 2]);
  });

  it('follows the progress of a long screening, then shows its report', { timeout: SLOW }, async () => {
    const { page } = watched;
    const names = Array.from({ length: BIG_LIST }, (_, i) => `Company number ${i} Holdings Ltd`);
    await page.goto(`${app.url}/screening`);
    await page.setInputFiles('#watchlist-file', {
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`name\n${names.join('\n')}\n`),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('heading', { name: 'Uploaded “big”' }).waitFor();
    await page.getByRole('button', { name: 'Screen “big”' }).click();
    await page.waitForURL(/\/screening\/runs\/[0-9a-f-]{36}$/);
    const isFollowing = (await page.locator('[data-follow] progress').count()) === 1;
    await page
      .locator('[data-job-status]')
      .filter({ hasText: /Screening: [1-9]\d* of 20000 entries done/ })
      .waitFor();
    await screenshot(page, 'screening-progress');
    await page.getByRole('heading', { name: 'Entries with matches (0)' }).waitFor({ timeout: SLOW });
    expect([isFollowing, await textOf(page, 'main > p[role="status"]')]).toEqual([
      true,
      expect.stringMatching(/^20,000 entries screened: 0 with matches/),
    ]);
  });

  it('opened every page without a console error or a dialog', () => {
    expect([watched.errors, watched.dialogs, reportUrl.length > 0]).toEqual([[], [], true]);
  });
});
