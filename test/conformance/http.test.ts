import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrlOf, fetchFollowing } from '../../eval/conformance/http-fetch.ts';
import { headerLines, startTestServer, type TestServer } from '../../eval/conformance/http-server.ts';

const FEED = '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>';
let root: string;
let server: TestServer;

function write(relative: string, content: string | Buffer): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'conformance-http-'));
  write(
    'tests/plain.xml',
    `<!--\nHeader:   Content-type: text/xml; charset=windows-1252\nHeader:   X-Foo: bar\n-->\n${FEED}`,
  );
  write('tests/target.xml', FEED);
  write('tests/moved.xml', '<!--\nHeader:   Status: 301\nHeader:   Location: /tests/target.xml\n-->\n');
  write('tests/tagged.xml', '<!--\nHeader:   ETag: "abc123"\n-->\n' + FEED);
  write('tests/located.xml', '<!--\nHeader:   Content-Location: /feed/here\n-->\n' + FEED);
  write('tests/compression/feed.gz', gzipSync(Buffer.from(FEED)));
  server = await startTestServer(root, 0);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('headerLines', () => {
  it('reads the Header: lines of a test file, splitting at the first colon', () => {
    const file = Buffer.from(
      '<!--\nHeader:      Content-type: text/xml; charset:iso-8859-1\nDescription: x\n-->',
    );
    expect(headerLines(file)).toEqual({ 'Content-type': 'text/xml; charset:iso-8859-1' });
  });
});

describe('the test server and fetchFollowing', () => {
  it("sends a file's Header: lines as response headers", async () => {
    const fetched = await fetchFollowing(`${server.baseUrl}/tests/plain.xml`);
    expect([fetched.status, fetched.headers['content-type'], fetched.headers['x-foo']]).toEqual([
      200,
      'text/xml; charset=windows-1252',
      'bar',
    ]);
  });

  it('follows a redirect and reports the redirect status and the final URL', async () => {
    const fetched = await fetchFollowing(`${server.baseUrl}/tests/moved.xml`);
    expect([fetched.status, fetched.finalUrl]).toEqual([301, `${server.baseUrl}/tests/target.xml`]);
  });

  it('answers a conditional request with the ETag by 304 and no body', async () => {
    const fetched = await fetchFollowing(`${server.baseUrl}/tests/tagged.xml`, {
      'If-None-Match': '"abc123"',
    });
    expect([fetched.status, fetched.body]).toEqual([304, null]);
  });

  it('serves tests/compression files gzip-encoded, which fetch decodes', async () => {
    const fetched = await fetchFollowing(`${server.baseUrl}/tests/compression/feed.gz`);
    expect(Buffer.from(fetched.body ?? new Uint8Array()).toString()).toBe(FEED);
  });

  it('answers 404 for a path outside the corpus', async () => {
    const fetched = await fetchFollowing(`${server.baseUrl}/../../etc/passwd`);
    expect(fetched.status).toBe(404);
  });
});

describe('baseUrlOf', () => {
  it('resolves Content-Location against the response URL', async () => {
    const fetched = await fetchFollowing(`${server.baseUrl}/tests/located.xml`);
    expect(baseUrlOf(fetched)).toBe(`${server.baseUrl}/feed/here`);
  });

  it('ignores a Content-Location with a scheme other than http or https', () => {
    const fetched = {
      status: 200,
      finalUrl: 'http://h/f.xml',
      headers: { 'content-location': "javascript:alert('x')" },
      body: null,
    };
    expect(baseUrlOf(fetched)).toBe('http://h/f.xml');
  });
});
