// The pages, rendered in-process: what they show, what they escape, who sees which form.
import { afterEach, describe, expect, it } from 'vitest';
import { createUser } from '../../src/api/index.ts';
import { importThroughApi, makeApp, REMOTE, rssWith, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const page = async (t: TestApp, path: string, init: RequestInit & { from?: string } = {}) => {
  const res = await t.call(path, init);
  return { status: res.status, text: await res.text() };
};

const HOSTILE = `<rss version="2.0"><channel><title>Hostile &lt;script&gt;</title><link>https://bad.example/</link>
<item><guid>h1</guid><title>&lt;script&gt;alert(1)&lt;/script&gt; cotton</title><link>https://bad.example/1</link>
<description>&lt;p onclick="alert(2)"&gt;cotton &lt;img src=x onerror=alert(3)&gt;&lt;a href="javascript:alert(4)"&gt;x&lt;/a&gt;&lt;/p&gt;</description></item></channel></rss>`;

describe('the pages', () => {
  it('show the overview with counts and the chart', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(3));
    const { status, text } = await page(t, '/');
    expect([
      status,
      text.includes('<strong>3</strong> items archived'),
      text.includes('<svg viewBox="0 0 600 160" role="img"'),
    ]).toEqual([200, true, true]);
  });

  it('link a skip link to main and give the nav accesskeys', async () => {
    t = makeApp();
    const { text } = await page(t, '/');
    expect([
      text.includes('<a class="skip-link" href="#main">Skip to content</a>'),
      text.includes('<main id="main" tabindex="-1">'),
      text.includes('accesskey="s"'),
    ]).toEqual([true, true, true]);
  });

  it('highlight search matches in snippets', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(2));
    const { text } = await page(t, '/search?q=unique1word');
    expect([
      text.includes('<p role="status">1 result</p>'),
      text.includes('<mark>unique1word</mark>'),
    ]).toEqual([true, true]);
  });

  it('explain a malformed query with a 400 page', async () => {
    t = makeApp();
    const { status, text } = await page(t, '/search?q=%28cotton');
    expect([status, text.includes('class="error" role="alert"')]).toEqual([400, true]);
  });

  it('escape hostile titles in results and keep the sanitiser’s output on the item page', async () => {
    t = makeApp();
    await importThroughApi(t, HOSTILE, 'hostile.xml');
    const results = (await page(t, '/search?q=cotton')).text;
    const item = (await page(t, '/items/1')).text;
    const main = item.slice(item.indexOf('<main'));
    expect([
      results.includes('<script>alert(1)'),
      results.includes('&lt;script&gt;alert(1)&lt;/script&gt; cotton'),
      /onerror|onclick|javascript:/.test(main),
      main.includes('<script>alert'),
    ]).toEqual([false, true, false, false]);
  });

  it('show provenance with the sha256 and a link to the raw bytes', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(1));
    const { text } = await page(t, '/items/1');
    expect([
      /<code class="hash">[a-f0-9]{64}<\/code>/.test(text),
      text.includes('href="/api/fetches/1/raw"'),
    ]).toEqual([true, true]);
  });

  it('diff an earlier version against the current text', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(1));
    await importThroughApi(
      t,
      rssWith(1).replace('Xinjiang cotton report number 0', 'Xinjiang tomato report number 0'),
    );
    const { text } = await page(t, '/items/1');
    expect([text.includes('<del>cotton</del>'), text.includes('<ins>tomato</ins>')]).toEqual([true, true]);
  });

  it('offer the admin forms to the local admin', async () => {
    t = makeApp();
    const { text } = await page(t, '/feeds');
    expect([text.includes('action="/feeds"'), text.includes('name="_csrf"')]).toEqual([true, true]);
  });

  it('hide the admin forms and the import page from a reader', async () => {
    t = makeApp();
    await createUser(
      t.store,
      { name: 'rita', role: 'reader', password: 'a long enough password' },
      new Date(),
    );
    const login = await t.call('/login', {
      method: 'POST',
      from: REMOTE,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=rita&password=a+long+enough+password',
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const feeds = await page(t, '/feeds', { from: REMOTE, headers: { cookie } });
    const imports = await page(t, '/import', { from: REMOTE, headers: { cookie } });
    expect([
      feeds.status,
      feeds.text.includes('action="/feeds"'),
      feeds.text.includes('href="/import"'),
      imports.status,
    ]).toEqual([200, false, false, 403]);
  });

  it('refuse a form post from a browser without the CSRF field', async () => {
    t = makeApp();
    const res = await t.call('/poll', {
      method: 'POST',
      headers: { origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(res.status).toBe(403);
  });

  it('show a not-found page for an unknown item', async () => {
    t = makeApp();
    const { status, text } = await page(t, '/items/42');
    expect([status, text.includes('no item #42')]).toEqual([404, true]);
  });

  it('serve the script and the stylesheet with long caching when versioned', async () => {
    t = makeApp();
    const { text } = await page(t, '/');
    const src = /<script src="(\/assets\/app\.js\?v=[a-f0-9]{10})" defer><\/script>/.exec(
      text,
    )?.[1] as string;
    const res = await t.call(src);
    expect([res.status, res.headers.get('content-type'), res.headers.get('cache-control')]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
  });

  it('carry no inline script or style attribute', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(3));
    const pages = await Promise.all(
      ['/', '/search?q=cotton', '/items/1', '/feeds', '/import', '/feeds/1'].map(
        async (p) => (await page(t as TestApp, p)).text,
      ),
    );
    expect(
      pages.map((p) => [/<script(?![^>]*\bsrc=)[^>]*>/.test(p), /\sstyle=/.test(p), /\son[a-z]+=/.test(p)]),
    ).toEqual(pages.map(() => [false, false, false]));
  });
});
