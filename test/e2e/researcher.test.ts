// A researcher's path through the UI in a real browser: import the sample through the upload
// form, search from the keyboard, open an item, look at feeds; and sign in when required.
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/api/index.ts';
import {
  launchBrowser,
  requireChromium,
  screenshot,
  startTestServer,
  watchedPage,
  type TestServer,
} from './browser.ts';

const SAMPLE = join(import.meta.dirname, '..', '..', 'samples', 'xinjiang-topic-dump.txt');
const SLOW = 60_000;

describe('a researcher in the browser', () => {
  let app: TestServer;
  let context: BrowserContext;

  beforeAll(async () => {
    requireChromium();
    app = await startTestServer();
    context = await launchBrowser(app.url);
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    await app?.server.close();
  });

  it('imports the sample through the upload form and sees the progress end', { timeout: SLOW }, async () => {
    const { page, errors, dialogs } = await watchedPage(context);
    await page.goto(`${app.url}/import`);
    await screenshot(page, 'import');
    await page.setInputFiles('#files', SAMPLE);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.waitForURL(/\/import\/[0-9a-f-]{36}$/);
    await page.getByText('Done: 1 file imported, 14 new items.').waitFor();
    await screenshot(page, 'import-done');
    expect([errors, dialogs]).toEqual([[], []]);
  });

  it('shows the overview with the items and the chart', { timeout: SLOW }, async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${app.url}/`);
    const archived = await page.locator('.stats li').first().textContent();
    await screenshot(page, 'overview');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'overview-phone');
    expect([
      archived?.replace(/\s+/g, ' ').trim(),
      await page.locator('#per-day ~ .chart svg rect.bar').count(),
      errors,
    ]).toEqual(['14 items archived', 30, []]);
  });

  it('moves focus to the skip link first, and to the search box with /', { timeout: SLOW }, async () => {
    const { page } = await watchedPage(context);
    await page.goto(`${app.url}/`);
    await page.keyboard.press('Tab');
    const first = await page.locator(':focus').textContent();
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    const focused = await page.locator(':focus').getAttribute('id');
    expect([first, focused]).toEqual(['Skip to content', 'site-search']);
  });

  it('searches from the keyboard and sees highlighted snippets', { timeout: SLOW }, async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${app.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Hikvision');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Hikvision/);
    const status = await page.getByRole('status').first().textContent();
    const marks = await page.locator('.results mark').allTextContents();
    await screenshot(page, 'search');
    expect([status, marks, errors]).toEqual(['1 result', ['Hikvision'], []]);
  });

  it('opens an item from the results with j and Enter, with its provenance', { timeout: SLOW }, async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${app.url}/search?q=${encodeURIComponent('Xinjiang OR Uyghurs')}`);
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/items\/\d+$/);
    const sha = await page.locator('#prov ~ .table-wrap code.hash').first().textContent();
    const rawLink = await page.getByRole('link', { name: 'raw bytes' }).first().getAttribute('href');
    await screenshot(page, 'item');
    expect([sha?.length, rawLink?.startsWith('/api/fetches/'), errors]).toEqual([64, true, []]);
  });

  it('shows the feeds page with the imported file', { timeout: SLOW }, async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${app.url}/feeds`);
    const files = await page.locator('#files ~ .table-wrap tbody tr').count();
    await screenshot(page, 'feeds');
    expect([files, errors]).toEqual([1, []]);
  });
});

describe('signing in when the server requires it', () => {
  let app: TestServer;
  let context: BrowserContext;

  beforeAll(async () => {
    requireChromium();
    app = await startTestServer({ requireLogin: true }, async (store) => {
      await createUser(store, { name: 'sam', role: 'reader', password: 'correct horse battery' }, new Date());
    });
    context = await launchBrowser(app.url);
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    await app?.server.close();
  });

  it('sends a visitor to the sign-in page and back after signing in', { timeout: SLOW }, async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${app.url}/feeds`);
    await page.waitForURL(/\/login\?next=%2Ffeeds$/);
    await screenshot(page, 'login');
    await page.getByLabel('User name').fill('sam');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${app.url}/feeds`);
    const who = await page.locator('.who').textContent();
    expect([who, await page.locator('a[href="/import"]').count(), errors]).toEqual(['sam (reader)', 0, []]);
  });
});
