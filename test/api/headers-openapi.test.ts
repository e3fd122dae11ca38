// Security headers on every kind of response, and the OpenAPI document listing every route.
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/api/index.ts';
import { makeApp, REMOTE, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

describe('security headers', () => {
  it('use the strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
  });

  for (const [what, path, from] of [
    ['an API answer', '/api/feeds', '127.0.0.1'],
    ['an API error', '/api/feeds', REMOTE],
    ['a page', '/', '127.0.0.1'],
    ['a missing page', '/nowhere', '127.0.0.1'],
    ['an asset', '/assets/app.js', '127.0.0.1'],
  ] as const) {
    it(`are on ${what}`, async () => {
      t = makeApp();
      const res = await t.call(path, { from });
      expect({
        csp: res.headers.get('content-security-policy'),
        nosniff: res.headers.get('x-content-type-options'),
        referrer: res.headers.get('referrer-policy'),
        frame: res.headers.get('x-frame-options'),
      }).toEqual({ csp: EXPECTED_CSP, nosniff: 'nosniff', referrer: 'no-referrer', frame: 'DENY' });
    });
  }
});

describe('caching', () => {
  it('is off for pages and API answers', async () => {
    t = makeApp();
    const [page, api] = [await t.call('/'), await t.call('/api/feeds')];
    expect([page.headers.get('cache-control'), api.headers.get('cache-control')]).toEqual([
      'no-store',
      'no-store',
    ]);
  });
});

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1', async () => {
    t = makeApp();
    const doc = (await (await t.call('/api/openapi.json')).json()) as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
  });

  it('lists every /api route the app serves, and no other', async () => {
    t = makeApp();
    const doc = (await (await t.call('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const served = t.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && r.path !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.path.replace(/:([a-z]+)/g, '{$1}')}`);
    expect([...new Set(served)].sort()).toEqual(documented.sort());
  });

  it('documents these routes', async () => {
    t = makeApp();
    const doc = (await (await t.call('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(
      [
        'GET /api/health',
        'GET /api/overview',
        'POST /api/reanalyze',
        'GET /api/reanalyze/{id}',
        'POST /api/poll',
        'POST /api/session',
        'DELETE /api/session',
        'GET /api/me',
        'GET /api/feeds/opml',
        'POST /api/feeds/opml',
        'GET /api/feeds',
        'POST /api/feeds',
        'GET /api/feeds/{id}',
        'DELETE /api/feeds/{id}',
        'GET /api/feeds/{id}/attempts',
        'GET /api/items/{id}',
        'POST /api/items/{id}/fetch-article',
        'GET /api/fetches/{id}',
        'GET /api/fetches/{id}/raw',
        'GET /api/search',
        'GET /api/export',
        'POST /api/imports',
        'GET /api/imports/{id}',
        'GET /api/imports/{id}/events',
        'GET /api/users',
        'POST /api/users',
        'DELETE /api/users/{name}',
        'PATCH /api/users/{name}',
        'GET /api/keys',
        'POST /api/keys',
        'DELETE /api/keys/{prefix}',
        'GET /api/audit',
        'GET /api/watchlists',
        'POST /api/watchlists',
        'GET /api/watchlists/{id}',
        'DELETE /api/watchlists/{id}',
        'POST /api/watchlists/{id}/decisions',
        'POST /api/watchlists/{id}/screen',
        'GET /api/screenings/{id}',
        'GET /api/screenings/{id}/report',
        'GET /api/screenings/{id}/report.html',
        'GET /api/screenings/{id}/report.csv',
        'GET /api/alerts',
        'POST /api/alerts',
        'GET /api/alerts/{id}',
        'DELETE /api/alerts/{id}',
        'POST /api/alerts/{id}/test',
        'GET /api/alerts/{id}/feed.atom',
        'GET /api/stories',
        'GET /api/stories/growing',
        'GET /api/stories/{id}',
        'POST /api/stories/{id}/merge',
        'POST /api/stories/split',
        'POST /api/stories/{id}/rename',
        'POST /api/stories/rebuild',
        'GET /api/entities',
        'GET /api/entities/lookup',
        'GET /api/entities/{id}',
        'POST /api/entities/{id}/merge',
        'POST /api/entities/{id}/split',
        'POST /api/entities/{id}/rename',
        'GET /api/themes',
        'GET /api/figures',
      ].sort(),
    );
  });
});
