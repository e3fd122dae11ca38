// An analyst's path through what analysis found, in a real browser: the sample imported and
// analysed by the server (the shipped model and taxonomy), the stories list, the story about
// the UN report with its timeline chart, Michelle Bachelet's page with the sentences naming her
// and a marker where the story began, a story renamed; themes, key figures and entities; a phone-width story page.
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

const SAMPLE = join(import.meta.dirname, '..', '..', 'samples', 'xinjiang-topic-dump.txt');
const SLOW = 60_000;
const PASSWORD = 'correct horse battery';
const UN_STORY = '‘Our people are still trapped’: Uyghur exiles demand action on abuses';
const NEW_NAME = 'UN report on Xinjiang (OHCHR)';

/** Imports the sample through the API with an admin's key; resolves once it is analysed. */
async function importSample(base: string, key: string): Promise<number> {
  const auth = { authorization: `Bearer ${key}` };
  const res = await fetch(`${base}/api/imports?name=xinjiang-topic-dump.txt`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/octet-stream' },
    body: readFileSync(SAMPLE),
  });
  if (res.status !== 202) throw new Error(`e2e: import refused: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    const job = (await (await fetch(`${base}/api/imports/${id}`, { headers: auth })).json()) as {
      state: string;
      analysed: number;
    };
    if (job.state === 'done') return job.analysed;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const textOf = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('an analyst reading stories and entities in the browser', () => {
  let app: TestServer;
  let context: BrowserContext;
  let watched: WatchedPage;
  let analysed = 0;
  let storyUrl = '';

  beforeAll(async () => {
    requireChromium();
    let adminKey = '';
    app = await startTestServer({ requireLogin: true }, async (store) => {
      await createUser(store, { name: 'ada', role: 'admin', password: null }, new Date());
      adminKey = (await createKey(store, { userName: 'ada', label: 'e2e' }, new Date())).key;
      await createUser(store, { name: 'ana', role: 'analyst', password: PASSWORD }, new Date());
    });
    analysed = await importSample(app.url, adminKey);
    context = await launchBrowser(app.url);
    watched = await watchedPage(context);
    const { page } = watched;
    await page.goto(`${app.url}/login?next=%2Fstories`);
    await page.getByLabel('User name').fill('ana');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${app.url}/stories`);
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    await app?.server.close();
  });

  it(
    'lists the stories, growing ones first, once the server has analysed the import',
    { timeout: SLOW },
    async () => {
      const { page } = watched;
      const growing = page.locator('#growing ~ .table-wrap tbody tr');
      const firstGrowing = await growing.first().locator('th').textContent();
      const sizes = await page.locator('#all ~ .table-wrap tbody tr td:nth-of-type(1)').allTextContents();
      await screenshot(page, 'analysis-stories');
      expect([analysed, firstGrowing?.trim(), sizes.map(Number).sort((a, b) => b - a)]).toEqual([
        14,
        UN_STORY,
        [5, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      ]);
    },
  );

  it(
    'opens the story about the UN report with its timeline chart and its five items',
    { timeout: SLOW },
    async () => {
      const { page } = watched;
      await page.locator('#all ~ .table-wrap').getByRole('link', { name: UN_STORY }).click();
      await page.waitForURL(/\/stories\/\d+$/);
      storyUrl = page.url();
      const chart = await page.locator('figure.chart svg[role="img"]').getAttribute('aria-label');
      const bars = await page.locator('figure.chart svg rect.bar').count();
      const items = await page.locator('#items ~ form tbody tr').count();
      const checkbox = page.getByLabel(
        'Split out: Five key points from the UN report on Xinjiang human rights abuses',
      );
      await screenshot(page, 'analysis-story');
      expect([
        await textOf(page, 'main h1'),
        chart?.startsWith('Items of this story per day (UTC): 5 items'),
        bars,
        items,
        await checkbox.count(),
      ]).toEqual([UN_STORY, true, 1, 5, 1]);
    },
  );

  it(
    'opens Michelle Bachelet from the story and sees the sentences that name her',
    { timeout: SLOW },
    async () => {
      const { page } = watched;
      await page.goto(storyUrl);
      await page.locator('#names ~ ul').getByRole('link', { name: 'Michelle Bachelet' }).click();
      await page.waitForURL(/\/entities\/\d+$/);
      const sentences = await page.locator('.entity-evidence blockquote').allTextContents();
      const marks = await page.locator('.entity-evidence mark').allTextContents();
      const milestone = page.locator('figure.chart svg g.milestone');
      await screenshot(page, 'analysis-entity');
      expect([
        await textOf(page, 'main h1'),
        sentences.length,
        sentences.some((s) => s.includes('was published minutes before Michelle Bachelet ended her tenure')),
        [...new Set(marks)],
        await page.locator('figure.chart svg rect.bar').count(),
        await milestone.count(),
        // Sample items carry no date: they are dated the day the server first saw them.
        (await textOf(page, 'figure.chart svg g.milestone title')).replace(/\d{4}-\d{2}-\d{2}/, 'DAY'),
        await page.locator('figure.chart ul.milestones').getByRole('link', { name: UN_STORY }).count(),
      ]).toEqual([
        'Michelle Bachelet',
        4,
        true,
        ['Michelle Bachelet'],
        1,
        1,
        `Story began DAY: ${UN_STORY}`,
        1,
      ]);
    },
  );

  it(
    'renames the story as an analyst and sees the new name, with who decided',
    { timeout: SLOW },
    async () => {
      const { page } = watched;
      await page.goto(storyUrl);
      await page.getByLabel('New name', { exact: true }).fill(NEW_NAME);
      await page
        .getByLabel('Reason for the new name (optional, recorded)')
        .fill('the OHCHR report is what ties them');
      await page.getByRole('button', { name: 'Rename the story' }).click();
      await page.waitForURL(/\?done=story-renamed$/);
      const heading = await textOf(page, 'main h1');
      const decision = await textOf(page, '#decisions ~ .table-wrap tbody tr');
      await screenshot(page, 'analysis-story-renamed');
      await page.goto(`${app.url}/stories`);
      const listed = await page.locator('#all ~ .table-wrap').getByRole('link', { name: NEW_NAME }).count();
      expect([
        heading,
        decision.includes('user:ana rename'),
        decision.includes('reason: the OHCHR report is what ties them'),
        listed,
      ]).toEqual([NEW_NAME, true, true, 1]);
    },
  );

  it('shows themes over time, key figures and the entities', { timeout: SLOW }, async () => {
    const { page } = watched;
    await page.goto(`${app.url}/themes`);
    const themes = await page.locator('.theme-chart tbody th a').allTextContents();
    const search = await page
      .getByRole('link', { name: 'Forced labour and supply chains' })
      .getAttribute('href');
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    await screenshot(page, 'analysis-themes');
    await page.goto(`${app.url}/figures`);
    const claims = await textOf(page, 'main p[role="status"]');
    await screenshot(page, 'analysis-figures');
    await page.goto(`${app.url}/entities`);
    await page.getByLabel('Kind').selectOption('PER');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/type=PER/);
    const people = await page.locator('main tbody td abbr').allTextContents();
    await screenshot(page, 'analysis-entities');
    expect([themes[0], overflow <= 0, search, claims, new Set(people)]).toEqual([
      'UN and diplomacy',
      true,
      '/search?q=theme%3Aforced-labour',
      '7 claims in 5 items',
      new Set(['PER']),
    ]);
  });

  it('fits a story page on a phone, tables scrolling inside the page', { timeout: SLOW }, async () => {
    const { page } = watched;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(storyUrl);
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    await screenshot(page, 'analysis-story-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect([overflow <= 0, watched.errors, watched.dialogs]).toEqual([true, [], []]);
  });
});
