// Cookie sessions for the UI, and the CSRF token their writes need.
import { afterEach, describe, expect, it } from 'vitest';
import { createUser } from '../../src/api/index.ts';
import { keyFor, makeApp, REMOTE, withKey, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const json = { 'content-type': 'application/json' };

async function signIn(app: TestApp, role: 'admin' | 'reader' = 'admin') {
  await createUser(app.store, { name: 'sam', role, password: 'correct horse battery' }, new Date());
  const res = await app.call('/api/session', {
    method: 'POST',
    from: REMOTE,
    headers: json,
    body: JSON.stringify({ name: 'sam', password: 'correct horse battery' }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const body = (await res.json()) as { csrfToken: string };
  return { res, cookie, csrf: body.csrfToken };
}

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie', async () => {
    t = makeApp();
    const { res } = await signIn(t);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(
      /^nw_session=[a-f0-9]{64}; Path=\/; Expires=.*; HttpOnly; SameSite=Strict$/,
    );
  });

  it('makes later requests with the cookie that user', async () => {
    t = makeApp();
    const { cookie, csrf } = await signIn(t, 'reader');
    const me = await t.call('/api/me', { from: REMOTE, headers: { cookie } });
    expect(await me.json()).toEqual({ name: 'sam', role: 'reader', via: 'session', csrfToken: csrf });
  });

  it('refuses a wrong password with 401', async () => {
    t = makeApp();
    await createUser(t.store, { name: 'sam', role: 'admin', password: 'correct horse battery' }, new Date());
    const res = await t.call('/api/session', {
      method: 'POST',
      from: REMOTE,
      headers: json,
      body: JSON.stringify({ name: 'sam', password: 'wrong' }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'auth.bad_credentials', message: 'auth: wrong user name or password' },
    });
  });

  it('signs out: the cookie no longer works', async () => {
    t = makeApp();
    const { cookie, csrf } = await signIn(t);
    const out = await t.call('/api/session', {
      method: 'DELETE',
      from: REMOTE,
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.status).toBe(204);
    expect((await t.call('/api/me', { from: REMOTE, headers: { cookie } })).status).toBe(401);
  });

  it('works through the login form, redirecting to next', async () => {
    t = makeApp();
    await createUser(t.store, { name: 'sam', role: 'admin', password: 'correct horse battery' }, new Date());
    const res = await t.call('/login', {
      method: 'POST',
      from: REMOTE,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=sam&password=correct+horse+battery&next=%2Ffeeds',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/feeds');
  });

  it('never redirects the login form off the site', async () => {
    t = makeApp();
    await createUser(t.store, { name: 'sam', role: 'admin', password: 'correct horse battery' }, new Date());
    const res = await t.call('/login', {
      method: 'POST',
      from: REMOTE,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=sam&password=correct+horse+battery&next=%2F%2Fevil.example%2F',
    });
    expect(res.headers.get('location')).toBe('/');
  });
});

describe('CSRF', () => {
  const addFeed = (headers: Record<string, string>) => ({
    method: 'POST',
    from: REMOTE,
    headers: { ...json, ...headers },
    body: JSON.stringify({ url: 'https://example.org/feed.xml' }),
  });

  it('refuses a cookie write without the token', async () => {
    t = makeApp();
    const { cookie } = await signIn(t);
    const res = await t.call('/api/feeds', addFeed({ cookie }));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: {
        code: 'auth.csrf',
        message: 'csrf: the form token is missing or stale; reload the page and retry',
      },
    });
  });

  it('refuses a cookie write with another session token', async () => {
    t = makeApp();
    const { cookie } = await signIn(t);
    const res = await t.call('/api/feeds', addFeed({ cookie, 'x-csrf-token': 'a'.repeat(64) }));
    expect(res.status).toBe(403);
  });

  it('lets a cookie write with the token through to validation', async () => {
    t = makeApp();
    const { cookie, csrf } = await signIn(t);
    const res = await t.call('/api/feeds', { ...addFeed({ cookie, 'x-csrf-token': csrf }), body: '{}' });
    expect(res.status).toBe(400);
  });

  it('accepts the token as a _csrf form field', async () => {
    t = makeApp();
    const { cookie, csrf } = await signIn(t);
    const res = await t.call('/feeds', {
      method: 'POST',
      from: REMOTE,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${csrf}&url=not-a-url`,
    });
    expect(res.status).toBe(400); // past CSRF: the form's own check refuses the URL
  });

  it('refuses a browser write as the local admin without the token', async () => {
    t = makeApp();
    const res = await t.call('/api/poll', { method: 'POST', headers: { 'sec-fetch-site': 'same-origin' } });
    expect(res.status).toBe(403);
  });

  it('lets a script on this machine write as the local admin without a token', async () => {
    t = makeApp();
    const res = await t.call('/api/poll', { method: 'POST' });
    expect(await res.json()).toEqual({ feeds: 0, ok: 0, notModified: 0, failed: 0, itemsNew: 0 });
  });

  it('needs no token with an API key', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'adam', 'admin');
    const res = await t.call('/api/poll', {
      method: 'POST',
      from: REMOTE,
      headers: withKey(key, { cookie: 'x=1' }),
    });
    expect(res.status).toBe(200);
  });

  it('refuses any write whose Origin is another site', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'adam', 'admin');
    const res = await t.call('/api/poll', {
      method: 'POST',
      from: REMOTE,
      headers: withKey(key, { origin: 'https://evil.example' }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('auth.cross_origin');
  });
});

describe('cross-site writes', () => {
  const poll = (headers: Record<string, string>) => ({ method: 'POST', headers });

  it('are refused when Sec-Fetch-Site says cross-site', async () => {
    t = makeApp();
    const res = await t.call('/api/poll', poll({ 'sec-fetch-site': 'cross-site', 'x-csrf-token': 'x' }));
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('auth.cross_origin');
  });

  it('are refused with an opaque Origin and no Sec-Fetch-Site', async () => {
    t = makeApp();
    expect((await t.call('/api/poll', poll({ origin: 'null' }))).status).toBe(403);
  });

  it('let a same-origin form post with Origin: null through (Referrer-Policy: no-referrer)', async () => {
    t = makeApp();
    const me = (await (await t.call('/api/me')).json()) as { csrfToken: string };
    const res = await t.call('/poll', {
      method: 'POST',
      headers: {
        origin: 'null',
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `_csrf=${me.csrfToken}`,
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/feeds?done=polled']);
  });
});
