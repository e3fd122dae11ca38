// Who may do what: the loopback admin, API keys by role, the Host check, and refusal without credentials.
import { afterEach, describe, expect, it } from 'vitest';
import { keyFor, makeApp, REMOTE, withKey, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('requests without credentials', () => {
  it('act as the local admin from loopback on a loopback server', async () => {
    t = makeApp();
    const res = await t.call('/api/me');
    expect(await res.json()).toEqual({
      name: 'local',
      role: 'admin',
      via: 'local',
      csrfToken: expect.stringMatching(/^[a-f0-9]{64}$/),
    });
  });

  it('get 401 from another address', async () => {
    t = makeApp();
    const res = await t.call('/api/feeds', { from: REMOTE });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'auth.unauthenticated', message: 'auth: sign in or send an API key' },
    });
  });

  it('get 401 from loopback when the server is not bound to loopback', async () => {
    t = makeApp({ trustLoopback: false });
    expect((await t.call('/api/feeds')).status).toBe(401);
  });

  it('are redirected to the sign-in page by the UI', async () => {
    t = makeApp();
    const res = await t.call('/search?q=x', { from: REMOTE });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Fsearch%3Fq%3Dx');
  });

  it('reach /api/health and the OpenAPI document', async () => {
    t = makeApp();
    expect((await t.call('/api/health', { from: REMOTE })).status).toBe(200);
    expect((await t.call('/api/openapi.json', { from: REMOTE })).status).toBe(200);
  });
});

describe('the Host check on a loopback server', () => {
  it('refuses a foreign Host name (DNS rebinding)', async () => {
    t = makeApp();
    const res = await t.app.request('http://evil.example/api/me', {
      headers: { 'x-test-remote': '127.0.0.1' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('auth.bad_host');
  });

  it('accepts 127.0.0.1 with a port', async () => {
    t = makeApp();
    const res = await t.app.request('http://127.0.0.1:8750/api/health', {
      headers: { 'x-test-remote': '127.0.0.1' },
    });
    expect(res.status).toBe(200);
  });
});

describe('API keys', () => {
  it('authenticate as their user from any address', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'ana', 'analyst');
    const res = await t.call('/api/me', { from: REMOTE, headers: withKey(key) });
    expect(await res.json()).toEqual({ name: 'ana', role: 'analyst', via: 'key', csrfToken: null });
  });

  it('are refused when malformed', async () => {
    t = makeApp();
    const res = await t.call('/api/me', { from: REMOTE, headers: withKey('nw_short_key') });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('auth.bad_credentials');
  });

  it('are refused with a wrong secret', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'ana', 'reader');
    const wrong = key.slice(0, -4) + (key.endsWith('0000') ? '1111' : '0000');
    expect((await t.call('/api/me', { from: REMOTE, headers: withKey(wrong) })).status).toBe(401);
  });

  it('are refused once revoked', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'ana', 'reader');
    const prefix = key.split('_')[1] as string;
    expect((await t.call(`/api/keys/${prefix}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.call('/api/me', { from: REMOTE, headers: withKey(key) })).status).toBe(401);
  });

  it('override the loopback admin: a reader key from loopback is a reader', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'rita', 'reader');
    const res = await t.call('/api/feeds', {
      method: 'POST',
      headers: withKey(key, { 'content-type': 'application/json' }),
      body: JSON.stringify({ url: 'https://example.org/feed' }),
    });
    expect(res.status).toBe(403);
  });
});

describe('roles', () => {
  const addFeed = (key: string) => ({
    method: 'POST',
    from: REMOTE,
    headers: withKey(key, { 'content-type': 'application/json' }),
    body: JSON.stringify({ url: 'https://example.org/feed.xml' }),
  });

  it('let a reader read', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'rita', 'reader');
    expect((await t.call('/api/feeds', { from: REMOTE, headers: withKey(key) })).status).toBe(200);
  });

  it('refuse a reader that writes, naming the role needed', async () => {
    t = makeApp();
    const res = await t.call('/api/feeds', addFeed(await keyFor(t.store, 'rita', 'reader')));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: 'auth.forbidden', message: 'auth: this needs the admin role; rita is reader' },
    });
  });

  it('refuse an analyst that manages feeds', async () => {
    t = makeApp();
    expect((await t.call('/api/feeds', addFeed(await keyFor(t.store, 'ana', 'analyst')))).status).toBe(403);
  });

  it('let an analyst record a decision-like write (fetch-article)', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'ana', 'analyst');
    const res = await t.call('/api/items/1/fetch-article', {
      method: 'POST',
      from: REMOTE,
      headers: withKey(key),
    });
    expect(res.status).toBe(404); // past the role check: there is no item #1
  });

  it('refuse an analyst the user list', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'ana', 'analyst');
    expect((await t.call('/api/users', { from: REMOTE, headers: withKey(key) })).status).toBe(403);
  });

  it('let an admin key list users', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'adam', 'admin');
    const res = await t.call('/api/users', { from: REMOTE, headers: withKey(key) });
    expect(((await res.json()) as { users: Array<{ name: string }> }).users.map((u) => u.name)).toEqual([
      'adam',
    ]);
  });
});
