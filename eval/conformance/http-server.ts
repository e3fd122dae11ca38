// The HTTP server feedparser's own runner starts (tests/runtests.py, FeedParserTestRequestHandler):
// serves the corpus on 127.0.0.1:8097, sends each file's `Header:` lines as response headers
// (`Status:` as the status code), answers conditional requests with 304, and serves
// tests/compression/* with Content-Encoding gzip (.gz) or deflate (.z).
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

export const TEST_HOST = '127.0.0.1';
export const TEST_PORT = 8097;

const HEADER_LINE = /^Header:\s+([^:]+):(.+)$/gm;

/** Returns the `Header:` lines of a test file as a name → value record (runtests.py's regex). */
export function headerLines(bytes: Buffer): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const m of bytes.toString('latin1').matchAll(HEADER_LINE))
    headers[m[1] as string] = (m[2] as string).trim();
  return headers;
}

async function headersFor(urlPath: string, file: string): Promise<Record<string, string>> {
  if (urlPath.startsWith('/tests/compression')) {
    return {
      'Content-Encoding': urlPath.endsWith('gz') ? 'gzip' : 'deflate',
      'Content-type': 'application/xml',
    };
  }
  return headerLines(await readFile(file));
}

function isNotModified(req: http.IncomingMessage, headers: Record<string, string>): boolean {
  return (
    req.headers['if-modified-since'] === (headers['Last-Modified'] ?? 'nom') ||
    req.headers['if-none-match'] === (headers['ETag'] ?? 'nomatch')
  );
}

async function respond(root: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  // runtests.py short-circuits this path for test_redirect_to_304.
  if (urlPath === '/-/return-304.xml') {
    res.writeHead(304, { 'Content-type': 'text/xml' }).end();
    return;
  }
  const file = path.join(root, path.normalize(urlPath));
  if (!file.startsWith(root + path.sep) || !(await stat(file).catch(() => null))?.isFile()) {
    res.writeHead(404).end();
    return;
  }
  const body = await readFile(file);
  const headers = await headersFor(urlPath, file);
  const status = Number(headers['Status'] ?? (isNotModified(req, headers) ? 304 : 200));
  const out: Record<string, string> = {
    'Content-type': headers['Content-type'] ?? 'application/xml',
    'Content-Length': String(body.length),
  };
  for (const [k, v] of Object.entries(headers)) if (k !== 'Status' && k !== 'Content-type') out[k] = v;
  res.writeHead(status, out).end(body);
}

export interface TestServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** Returns a running test server for the corpus folder root (the folder holding tests/); port 0 picks one. */
export async function startTestServer(root: string, port = TEST_PORT): Promise<TestServer> {
  const absRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    respond(absRoot, req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, TEST_HOST, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    baseUrl: `http://${TEST_HOST}:${actualPort}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
