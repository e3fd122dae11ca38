import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDigest, sendDigest, type SmtpSettings } from '../../src/alerts/index.ts';
import { BATCH, SHA_A, SHA_B } from './alert-fixtures.ts';
import { headerOf, partsOf, startSmtpServer, type SmtpTestServer } from './smtp-test-server.ts';

let server: SmtpTestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const settingsFor = (port: number, extra: Partial<SmtpSettings> = {}): SmtpSettings => ({
  host: '127.0.0.1',
  port,
  secure: false,
  from: 'newswatch@nw.example',
  to: ['analyst@nw.example', 'desk@nw.example'],
  ...extra,
});

const DIGEST = renderDigest(BATCH, { siteUrl: 'https://nw.example/' });
const OPTIONS = { timeoutMs: 5000 };

describe('sendDigest', () => {
  it('delivers to every recipient and reports them accepted', async () => {
    server = await startSmtpServer();
    const result = await sendDigest(settingsFor(server.port), DIGEST, OPTIONS);
    expect(result).toMatchObject({
      ok: true,
      accepted: ['analyst@nw.example', 'desk@nw.example'],
      rejected: [],
    });
    expect(server.received.map((m) => [m.from, m.to])).toEqual([
      ['newswatch@nw.example', ['analyst@nw.example', 'desk@nw.example']],
    ]);
  });

  it('sends the subject and the headers a reader sees', async () => {
    server = await startSmtpServer();
    const result = await sendDigest(settingsFor(server.port), DIGEST, OPTIONS);
    const raw = server.received[0]!.raw;
    expect(headerOf(raw, 'subject')).toBe('[newswatch] 2 new items: Supply chains');
    expect(headerOf(raw, 'from')).toBe('newswatch@nw.example');
    expect(headerOf(raw, 'to')).toBe('analyst@nw.example, desk@nw.example');
    expect(headerOf(raw, 'message-id')).toBe(result.ok ? result.messageId : 'no message id');
  });

  it('sends the text and HTML parts as rendered, items included', async () => {
    server = await startSmtpServer();
    await sendDigest(settingsFor(server.port), DIGEST, OPTIONS);
    const parts = partsOf(server.received[0]!.raw);
    expect(parts['text/plain']?.replace(/\r\n/g, '\n')).toBe(DIGEST.text);
    expect(parts['text/html']?.replace(/\r\n/g, '\n')).toBe(DIGEST.html);
    expect(parts['text/plain']).toContain('1. Cotton supplier named in forced-labour report');
    expect(parts['text/plain']).toContain(`sha256 of the stored source: ${SHA_B}`);
    expect(parts['text/html']).toContain(`<code>${SHA_A}</code>`);
  });

  it('logs in with plain authentication when a user is set', async () => {
    server = await startSmtpServer({ user: 'alerts', pass: 's3cret' });
    const settings = settingsFor(server.port, { user: 'alerts', password: 's3cret' });
    const result = await sendDigest(settings, DIGEST, OPTIONS);
    expect(result.ok).toBe(true);
    expect(server.received.map((m) => m.user)).toEqual(['alerts']);
  });

  it('reports a refused login as an authentication failure', async () => {
    server = await startSmtpServer({ user: 'alerts', pass: 's3cret' });
    const settings = settingsFor(server.port, { user: 'alerts', password: 'wrong' });
    const result = await sendDigest(settings, DIGEST, OPTIONS);
    expect(result).toMatchObject({ ok: false, code: 'alerts.smtp_auth', responseCode: 535 });
    expect(server.received).toHaveLength(0);
  });

  it('reports a server that requires a login the settings do not give', async () => {
    server = await startSmtpServer({ user: 'alerts', pass: 's3cret' });
    const result = await sendDigest(settingsFor(server.port), DIGEST, OPTIONS);
    expect(result).toMatchObject({ ok: false, code: 'alerts.smtp_auth', responseCode: 530 });
  });

  it('reports a server that is not there', async () => {
    const port = await closedPort();
    const result = await sendDigest(settingsFor(port), DIGEST, OPTIONS);
    expect(result).toMatchObject({ ok: false, code: 'alerts.smtp_connect' });
    expect(result.ok ? '' : result.message).toMatch(new RegExp(`^alerts: smtp 127\\.0\\.0\\.1:${port}: `));
  });

  it('times out a server that never greets', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const result = await sendDigest(settingsFor(port), DIGEST, { timeoutMs: 200 });
      expect(result).toMatchObject({ ok: false, code: 'alerts.smtp_timeout' });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

// A port nothing listens on: bound, then closed.
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
