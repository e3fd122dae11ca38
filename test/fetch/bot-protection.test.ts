import { describe, expect, it } from 'vitest';
import { detectBotProtection } from '../../src/fetch/index.ts';

describe('detectBotProtection', () => {
  it('names Cloudflare from cf-mitigated: challenge alone', () => {
    expect(detectBotProtection(403, { 'cf-mitigated': 'challenge' }, '')).toBe('cloudflare');
  });

  it('names Cloudflare from its "Attention Required!" page behind server: cloudflare', () => {
    const page = '<title>Attention Required! | Cloudflare</title>';
    expect(detectBotProtection(403, { server: 'cloudflare' }, page)).toBe('cloudflare');
  });

  it('names Cloudflare on a 503 "Just a moment..." page', () => {
    expect(detectBotProtection(503, { 'cf-ray': 'x' }, '<title>Just a moment...</title>')).toBe('cloudflare');
  });

  it('does not call a plain Cloudflare 503 without challenge text blocked', () => {
    expect(detectBotProtection(503, { server: 'cloudflare' }, '<h1>503 Service Unavailable</h1>')).toBe(null);
  });

  it('names Sucuri from its firewall page', () => {
    const page = '<title>Sucuri WebSite Firewall - Access Denied</title>';
    expect(detectBotProtection(403, { 'x-sucuri-id': '11005' }, page)).toBe('sucuri');
  });

  it('names PerimeterX from its captcha script', () => {
    expect(detectBotProtection(403, {}, '<script>window._pxAppId = "PXabc";</script>')).toBe('perimeterx');
  });

  it('names DataDome from its captcha host', () => {
    const page = '<script src="https://ct.captcha-delivery.com/c.js"></script>';
    expect(detectBotProtection(403, { 'set-cookie': 'datadome=abc; Path=/' }, page)).toBe('datadome');
  });

  it('names Imperva from its incident page', () => {
    const page = 'Request unsuccessful. Incapsula incident ID: 1234';
    expect(detectBotProtection(403, { 'x-iinfo': '1-2-3' }, page)).toBe('imperva');
  });

  it('falls back to captcha for a 403 page with a reCAPTCHA', () => {
    expect(detectBotProtection(403, {}, '<div class="g-recaptcha" data-sitekey="k"></div>')).toBe('captcha');
  });

  it('ignores statuses bot protection does not block with', () => {
    expect(detectBotProtection(404, { 'cf-mitigated': 'challenge' }, '')).toBe(null);
  });
});
