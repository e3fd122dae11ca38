import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetch/decode-body.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const textOf = (result: ReturnType<typeof decodeBody>) =>
  result.kind === 'ok' ? new TextDecoder().decode(result.body) : result.kind;

describe('decodeBody', () => {
  it('passes identity bodies through', () => {
    expect(decodeBody(bytes('<rss/>'), 'identity', 100)).toEqual({
      kind: 'ok',
      body: bytes('<rss/>'),
      warnings: [],
    });
  });

  it('reads raw deflate sent as deflate', () => {
    expect(textOf(decodeBody(deflateRawSync('<rss/>'), 'deflate', 100))).toBe('<rss/>');
  });

  it('undoes stacked codings last to first', () => {
    const twice = deflateSync(gzipSync('<rss/>'));
    expect(textOf(decodeBody(twice, 'gzip, deflate', 100))).toBe('<rss/>');
  });

  it('keeps what a gzip body cut short still holds', () => {
    const whole = gzipSync('<rss version="2.0"><channel><title>cut</title></channel></rss>'.repeat(20));
    const result = decodeBody(whole.subarray(0, whole.byteLength - 12), 'gzip', 10_000);
    expect(result.kind === 'ok' && result.warnings.map((w) => w.code)).toEqual([
      'fetch.damaged_content_encoding',
    ]);
    expect(textOf(result).startsWith('<rss version="2.0"><channel><title>cut</title>')).toBe(true);
  });

  it('warns about an encoding it cannot undo and keeps the bytes', () => {
    const result = decodeBody(bytes('<rss/>'), 'zstd', 100);
    expect(result).toEqual({
      kind: 'ok',
      body: bytes('<rss/>'),
      warnings: [{ code: 'fetch.unknown_content_encoding', message: 'fetch: unknown Content-Encoding zstd' }],
    });
  });

  it('reports too_large when the inflated body passes the limit', () => {
    expect(decodeBody(gzipSync('x'.repeat(5000)), 'gzip', 4999)).toEqual({ kind: 'too_large' });
  });
});
