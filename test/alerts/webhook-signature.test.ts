import { describe, expect, it } from 'vitest';
import { signWebhook, verifySignature } from '../../src/alerts/index.ts';

const BODY = '{"version":1,"event":"alert"}';
const SECRET = 'whsec-test';
const STAMP = 1893553445; // 2030-01-02T03:04:05Z
const NOW = new Date(STAMP * 1000);
// Computed apart from the code under test:
// printf '%s' '1893553445.{"version":1,"event":"alert"}' | openssl dgst -sha256 -hmac whsec-test
const EXPECTED = 'sha256=c2b2142488290026fe335165d385e5bd662d41315620c91f6e9f977041fe6fe6';

const headersFor = (signature: string, stamp = STAMP) => ({
  'x-newswatch-signature': signature,
  'x-newswatch-timestamp': String(stamp),
});

describe('signWebhook', () => {
  it('signs `<timestamp>.<body>` with HMAC-SHA256, as hex after sha256=', () => {
    expect(signWebhook(BODY, SECRET, STAMP)).toBe(EXPECTED);
  });

  it('signs the same bytes given as a string or as bytes', () => {
    expect(signWebhook(new TextEncoder().encode(BODY), SECRET, STAMP)).toBe(EXPECTED);
  });
});

describe('verifySignature', () => {
  it('accepts the right signature', () => {
    expect(verifySignature(BODY, headersFor(EXPECTED), SECRET, NOW)).toEqual({ ok: true, timestamp: STAMP });
  });

  it('accepts headers given as a fetch Headers object', () => {
    const headers = new Headers(headersFor(EXPECTED));
    expect(verifySignature(BODY, headers, SECRET, NOW)).toEqual({ ok: true, timestamp: STAMP });
  });

  it('accepts a timestamp within the tolerance', () => {
    const later = new Date((STAMP + 300) * 1000);
    expect(verifySignature(BODY, headersFor(EXPECTED), SECRET, later)).toEqual({
      ok: true,
      timestamp: STAMP,
    });
  });

  it('refuses a tampered body', () => {
    const tampered = BODY.replace('alert', 'alerT');
    expect(verifySignature(tampered, headersFor(EXPECTED), SECRET, NOW)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('refuses a wrong secret', () => {
    expect(verifySignature(BODY, headersFor(EXPECTED), 'other-secret', NOW)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('refuses a signature moved to another timestamp', () => {
    const moved = headersFor(EXPECTED, STAMP + 1);
    expect(verifySignature(BODY, moved, SECRET, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses an old timestamp even with a valid signature', () => {
    const old = STAMP - 301;
    const headers = headersFor(signWebhook(BODY, SECRET, old), old);
    expect(verifySignature(BODY, headers, SECRET, NOW)).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('refuses a timestamp too far in the future', () => {
    const future = STAMP + 301;
    const headers = headersFor(signWebhook(BODY, SECRET, future), future);
    expect(verifySignature(BODY, headers, SECRET, NOW)).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('refuses a request without the signature header', () => {
    const headers = { 'x-newswatch-timestamp': String(STAMP) };
    expect(verifySignature(BODY, headers, SECRET, NOW)).toEqual({ ok: false, reason: 'missing_header' });
  });

  it('refuses a timestamp that is not a number of seconds', () => {
    expect(verifySignature(BODY, headersFor(EXPECTED, NaN), SECRET, NOW)).toEqual({
      ok: false,
      reason: 'bad_timestamp',
    });
  });
});
