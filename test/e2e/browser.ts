// Debian's Chromium driven by playwright-core, against a real server on 127.0.0.1 with a temp
// database. Pages are watched for dialogs, console errors and uncaught exceptions; requests
// leaving the test server are answered locally (a blank image), so no test reaches the network.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer, type ServerOptions } from '../../src/api/index.ts';
import { loadItemAnalyzer } from '../../src/cli/analysis-setup.ts';
import { createFeedFetcher } from '../../src/fetch/index.ts';
import type { ItemAnalyzer } from '../../src/pipeline/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** A 1×1 transparent PNG. */
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Throws a clear error when Debian's Chromium is not installed (CI installs it; tests must not skip). */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `e2e: ${CHROMIUM} is missing. Install Debian's chromium (sudo apt-get install chromium), as CI does; the browser tests never download one.`,
    );
  }
}

export interface TestServer {
  readonly server: RunningServer;
  readonly store: Store;
  readonly url: string;
}

let analyzer: Promise<ItemAnalyzer> | null = null;

/** Returns the analyser serve runs after imports: the shipped model and taxonomy, loaded once. */
export function realAnalyzer(): Promise<ItemAnalyzer> {
  return (analyzer ??= loadItemAnalyzer({}));
}

/** Starts the real server on 127.0.0.1:0 over a fresh database, without polling; imports are analysed. */
export async function startTestServer(
  options: Partial<ServerOptions> = {},
  prepare?: (store: Store) => Promise<void>,
): Promise<TestServer> {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'newswatch-e2e-')), 'e2e.db'));
  await prepare?.(store);
  const fetcher = createFeedFetcher({ now: () => new Date() });
  const analyze = await realAnalyzer();
  const server = await startServer({
    store,
    fetcher,
    port: 0,
    poll: false,
    log: () => {},
    analyze,
    ...options,
  });
  return { server, store, url: server.url.replace(/\/$/, '') };
}

export interface WatchedPage {
  readonly page: Page;
  /** Messages of dialogs opened (alert, confirm, prompt), which are dismissed. */
  readonly dialogs: string[];
  /** Console errors (CSP violations included) and uncaught exceptions. */
  readonly errors: string[];
}

/** Returns a fresh browser context with its own profile folder. */
export async function launchBrowser(base: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'newswatch-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  await context.route(
    (url) => !url.href.startsWith(base),
    (route) => route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG }),
  );
  return context;
}

/** Returns a new page whose dialogs and errors are recorded. */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const watched: WatchedPage = { page, dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') watched.errors.push(msg.text());
  });
  page.on('pageerror', (err) => watched.errors.push(`uncaught: ${err.message}`));
  return watched;
}

/** Saves a full-page screenshot as test-artifacts/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Imports a feed document through the API as the local admin; resolves when the job is done. */
export async function importFeed(base: string, body: string, name: string): Promise<void> {
  const res = await fetch(`${base}/api/imports?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body,
  });
  if (res.status !== 202) throw new Error(`e2e: import refused: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    const job = (await (await fetch(`${base}/api/imports/${id}`)).json()) as { state?: string };
    if (job.state === 'done') return;
    if (job.state === undefined) throw new Error(`e2e: lost the import job: ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
