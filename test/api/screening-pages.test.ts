// The screening and alerts pages, rendered in-process: the rows an upload skipped shown by line,
// hostile names escaped, the forms each role sees, and the decisions and monitors they post.
import { afterEach, describe, expect, it } from 'vitest';
import { createUser } from '../../src/api/index.ts';
import { makeApp, REMOTE, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const page = async (t: TestApp, path: string, init: RequestInit & { from?: string } = {}) => {
  const res = await t.call(path, init);
  return { status: res.status, text: await res.text(), location: res.headers.get('location') };
};

function uploadForm(text: string, name = 'list.csv'): FormData {
  const form = new FormData();
  form.append('file', new File([text], name));
  return form;
}

/** Signs a user with role in and returns the cookie and CSRF token to post forms with. */
async function signIn(t: TestApp, role: 'reader' | 'analyst') {
  await createUser(t.store, { name: role, role, password: 'a long enough password' }, new Date());
  const res = await t.call('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: role, password: 'a long enough password' }),
    from: REMOTE,
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken }, from: REMOTE };
}

describe('the screening page', () => {
  it('shows the rows an upload skipped, by line', async () => {
    t = makeApp();
    const csv = 'name,country\nAcme Ltd,GB\n"unclosed,GB\n';
    const { status, text } = await page(t, '/screening/watchlists', {
      method: 'POST',
      body: uploadForm(csv),
    });
    expect([
      status,
      text.includes('Uploaded “list”'),
      /<td>3<\/td>\s*<td>[^<]+<\/td>/.test(text),
      text.includes('1 entry stored'),
    ]).toEqual([201, true, true, true]);
  });

  it('explains an upload with no usable entry', async () => {
    t = makeApp();
    const { status, text } = await page(t, '/screening/watchlists', {
      method: 'POST',
      body: uploadForm('country\nGB\n'),
    });
    expect([status, text.includes('the header has no name column')]).toEqual([400, true]);
  });

  it('escapes a hostile watchlist name and entry', async () => {
    t = makeApp();
    await page(t, '/screening/watchlists', {
      method: 'POST',
      body: uploadForm('name\n<img src=x onerror=alert(1)>\n', '<script>x</script>.csv'),
    });
    const list = (await page(t, '/screening')).text;
    const entries = (await page(t, '/screening/watchlists/1')).text;
    expect([
      list.includes('<script>x'),
      entries.includes('<img src=x'),
      entries.includes('&lt;img src=x onerror=alert(1)&gt;'),
    ]).toEqual([false, false, true]);
  });

  it('shows readers the lists and the screening form, not the upload form', async () => {
    t = makeApp();
    await page(t, '/screening/watchlists', { method: 'POST', body: uploadForm('name\nAcme\n') });
    const reader = await signIn(t, 'reader');
    const { status, text } = await page(t, '/screening', reader);
    expect([
      status,
      text.includes('action="/screening/watchlists/1/screen"'),
      text.includes('action="/screening/watchlists"'),
      text.includes('/remove'),
    ]).toEqual([200, true, false, false]);
  });

  it('runs a screening and shows its report; decisions need an analyst and a reason', async () => {
    t = makeApp();
    await page(t, '/screening/watchlists', { method: 'POST', body: uploadForm('name\nAcme\n') });
    const started = await page(t, '/screening/watchlists/1/screen', {
      method: 'POST',
      body: new URLSearchParams({ since: '' }),
    });
    const run = started.location ?? '';
    await new Promise((resolve) => setTimeout(resolve, 50));
    const report = (await page(t, run)).text;
    const reader = await signIn(t, 'reader');
    const asReader = await page(t, `${run}/decisions`, {
      ...reader,
      method: 'POST',
      body: new URLSearchParams({ entry: '1', entity: '1', decision: 'confirmed', reason: 'x' }),
    });
    const noReason = await page(t, `${run}/decisions`, {
      method: 'POST',
      body: new URLSearchParams({ entry: '1', entity: '1', decision: 'confirmed', reason: ' ' }),
    });
    expect([
      started.status,
      /^\/screening\/runs\/[0-9a-f-]{36}$/.test(run),
      report.includes('Entries without a match (1)'),
      report.includes('Absence of coverage is not a finding of no adverse news'),
      report.includes(`href="/api/screenings/${run.split('/').pop()}/report.html"`),
      asReader.status,
      noReason.status,
      noReason.text.includes('Give a reason'),
    ]).toEqual([303, true, true, true, true, 403, 400, true]);
  });

  it('says so for a screening the server does not know', async () => {
    t = makeApp();
    const { status } = await page(t, '/screening/runs/00000000-0000-4000-8000-000000000000');
    expect(status).toBe(404);
  });
});

describe('the alerts page', () => {
  it('adds a monitor from the form, lists it with its feed, and removes it', async () => {
    t = makeApp();
    const added = await page(t, '/alerts', {
      method: 'POST',
      body: new URLSearchParams({
        name: 'cotton',
        kind: 'search',
        query: 'cotton',
        email: 'desk@example.org',
      }),
    });
    const listed = (await page(t, '/alerts')).text;
    const removed = await page(t, '/alerts/1/remove', { method: 'POST' });
    expect([
      added.status,
      added.location,
      listed.includes('href="/api/alerts/1/feed.atom"'),
      listed.includes('e-mail to desk@example.org'),
      removed.location,
      (await t.store.listAlerts()).length,
    ]).toEqual([303, '/alerts?done=alert-added', true, true, '/alerts?done=alert-removed', 0]);
  });

  it('keeps what was typed (not the secret) when the form has a problem', async () => {
    t = makeApp();
    const { status, text } = await page(t, '/alerts', {
      method: 'POST',
      body: new URLSearchParams({
        name: 'hook',
        kind: 'search',
        query: 'cotton',
        webhookUrl: 'https://hooks.example/x',
        secret: 'short',
      }),
    });
    expect([
      status,
      text.includes('needs a secret of at least 16 characters'),
      text.includes('value="https://hooks.example/x"'),
      text.includes('value="short"'),
    ]).toEqual([400, true, true, false]);
  });

  it('shows what a test send did on each channel', async () => {
    t = makeApp();
    await page(t, '/alerts', {
      method: 'POST',
      body: new URLSearchParams({
        name: 'cotton',
        kind: 'search',
        query: 'cotton',
        email: 'desk@example.org',
      }),
    });
    const { status, text } = await page(t, '/alerts/1/test', { method: 'POST' });
    expect([
      status,
      text.includes('email: failed (0 sample items)'),
      text.includes('NEWSWATCH_SMTP_URL'),
    ]).toEqual([200, true, true]);
  });

  it('hides the forms from readers', async () => {
    t = makeApp();
    const reader = await signIn(t, 'reader');
    const { status, text } = await page(t, '/alerts', reader);
    expect([status, text.includes('Add a monitor')]).toEqual([200, false]);
  });
});
