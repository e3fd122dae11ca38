// A feed whose items carry script, event handlers, javascript: URLs, frames and hiding styles
// renders in a real browser with none of them running: no dialog, no console error (CSP
// violations are console errors), no handler attribute in the page, nothing hidden.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importFeed,
  launchBrowser,
  requireChromium,
  screenshot,
  startTestServer,
  watchedPage,
  type TestServer,
} from './browser.ts';

const SLOW = 60_000;

const PAYLOAD = `
<p>Before the payloads: cotton.</p>
<script>alert(1)</script>
<img src=x onerror=alert(2)>
<a href="javascript:alert(3)">click me</a>
<svg onload=alert(4)><circle r="5"/></svg>
<iframe srcdoc="<script>alert(5)</script>"></iframe>
<style>body { display: none !important }</style>
<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:#fff;z-index:9999">overlay</div>
<object data="javascript:alert(6)"></object><embed src="javascript:alert(7)">
<form action="javascript:alert(8)"><button>go</button></form>
<math><mtext><table><mglyph><style><img src=x onerror=alert(9)></style></mglyph></table></mtext></math>
<details open ontoggle=alert(10)><summary>s</summary></details>
<body onload=alert(11)>
<meta http-equiv="refresh" content="0;url=javascript:alert(12)">
<base href="javascript:alert(13)//">
<input autofocus onfocus=alert(14)>
<video><source onerror=alert(15)></video>
<p style="background:url(javascript:alert(16))">styled</p>
<img src="https://tracker.example/pixel.png" alt="external image">
<a href="https://example.org/report">a fair link</a>
<p>After the payloads: tomatoes.</p>`;

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>&lt;svg onload=alert(19)&gt; Hostile source</title><link>https://hostile.example/</link>
<item><guid isPermaLink="false">hostile-1</guid>
<title>&lt;script&gt;alert(17)&lt;/script&gt; Hostile title &lt;img src=x onerror=alert(18)&gt;</title>
<link>https://hostile.example/story</link><pubDate>Fri, 01 Mar 2024 10:00:00 GMT</pubDate>
<description>A hostile summary with cotton.</description>
<content:encoded><![CDATA[${PAYLOAD}]]></content:encoded></item>
</channel></rss>`;

const HANDLERS = `Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).map((a) => e.tagName.toLowerCase() + '[' + a.name + '=' + a.value + ']')).filter((s) => /\\[on|javascript:|srcdoc/i.test(s))`;

describe('a hostile feed item in the browser', () => {
  let app: TestServer;
  let context: BrowserContext;

  beforeAll(async () => {
    requireChromium();
    app = await startTestServer();
    await importFeed(app.url, FEED, 'hostile.xml');
    context = await launchBrowser(app.url);
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    await app?.server.close();
  });

  for (const [name, path] of [
    ['item', '/items/1'],
    ['search results', '/search?q=cotton'],
    ['overview', '/'],
    ['feeds', '/feeds'],
  ] as const) {
    it(`runs nothing on the ${name} page`, { timeout: SLOW }, async () => {
      const { page, dialogs, errors } = await watchedPage(context);
      await page.goto(`${app.url}${path}`);
      await page.waitForLoadState('networkidle');
      await page.mouse.move(200, 300); // hover handlers, if any survived
      await screenshot(page, `hostile-${name.replace(' ', '-')}`);
      const leftovers = (await page.evaluate(HANDLERS)) as string[];
      expect({ dialogs, errors, leftovers, visible: await page.locator('main h1').isVisible() }).toEqual({
        dialogs: [],
        errors: [],
        leftovers: [],
        visible: true,
      });
    });
  }

  it('keeps the text around the payloads, and the fair link', { timeout: SLOW }, async () => {
    const { page } = await watchedPage(context);
    await page.goto(`${app.url}/items/1`);
    const text = (await page.locator('.item-content').textContent()) ?? '';
    const link = await page.getByRole('link', { name: 'a fair link' }).getAttribute('href');
    expect([
      text.includes('Before the payloads: cotton.'),
      text.includes('After the payloads: tomatoes.'),
      link,
    ]).toEqual([true, true, 'https://example.org/report']);
  });

  it('shows the hostile title as text', { timeout: SLOW }, async () => {
    const { page } = await watchedPage(context);
    await page.goto(`${app.url}/items/1`);
    expect(await page.locator('main h1').textContent()).toBe(
      '<script>alert(17)</script> Hostile title <img src=x onerror=alert(18)>',
    );
  });

  it(
    'has the CSP as a second wall: a handler slipped into the page does not run',
    { timeout: SLOW },
    async () => {
      const { page, dialogs, errors } = await watchedPage(context);
      await page.goto(`${app.url}/items/1`);
      await page.evaluate(
        `document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="data:image/png;base64,AAAA" onerror="alert(99)">')`,
      );
      await page.waitForTimeout(300);
      expect([dialogs, errors.some((e) => e.includes('Content Security Policy'))]).toEqual([[], true]);
    },
  );
});
