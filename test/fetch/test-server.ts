// A real HTTP server on a loopback address for the fetch tests; every socket is closed with it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  readonly port: number;
  /** Returns the absolute URL of a path on this server. */
  url(path: string): string;
  /** Requests received, in order, with their headers. */
  readonly requests: Array<{ readonly path: string; readonly headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

/** Starts a server answering by path ('*' for any other path); 404 when nothing matches. */
export async function startServer(routes: Record<string, Handler>, host = '127.0.0.1'): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    // Writes after the client hung up (endless bodies) must not crash the test process.
    res.on('error', () => undefined);
    const handler = routes[path.split('?')[0]!] ?? routes['*'];
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
  return {
    port,
    url: (path) => origin + path,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test feed</title><link>https://news.example/</link>
<item><title>First</title><link>https://news.example/1</link><guid>n-1</guid></item>
</channel></rss>
`;

/** Returns a response handler that sends a feed body with extra headers. */
export function sendFeed(body: string | Uint8Array, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers });
    res.end(body);
  };
}

export const NOW = new Date('2030-01-02T03:04:05.000Z');
/** The options every test starts from: a fixed clock, test servers on loopback allowed. */
export const LOCAL = { now: () => NOW, allow: ['127.0.0.1/32', '::1/128'] };
