import { describe, expect, it } from 'vitest';
import { createAddressPolicy, parseFetchUrl, refuseUrl } from '../../src/fetch/index.ts';

const strict = createAddressPolicy();
const refuse = (url: string, policy = strict) => refuseUrl(policy, new URL(url));

describe('address policy', () => {
  it('lets a public host name through (its addresses are checked at connect)', () => {
    expect(refuse('https://news.example/feed')).toBe(null);
  });

  it('refuses private IP literals, however the URL spells them', () => {
    expect(refuse('http://127.0.0.1/')?.code).toBe('fetch.blocked_address');
    expect(refuse('http://2130706433/')?.message).toBe('fetch: 127.0.0.1 is not a public address (loopback)');
    expect(refuse('http://0x7f.1/')?.message).toBe('fetch: 127.0.0.1 is not a public address (loopback)');
    expect(refuse('http://[::1]/')?.message).toBe('fetch: ::1 is not a public address (loopback)');
  });

  it('refuses schemes other than http and https', () => {
    expect(refuse('file:///etc/passwd')).toEqual({
      code: 'fetch.bad_url',
      message: 'fetch: file: URLs are not fetched',
    });
    expect(refuse('gopher://news.example/')?.code).toBe('fetch.bad_url');
  });

  it('allows ranges and hosts named in the allow-list', () => {
    const policy = createAddressPolicy(['127.0.0.1/32', 'fd00::/8', 'intranet.example', '*.corp.example']);
    expect(refuse('http://127.0.0.1:8080/', policy)).toBe(null);
    expect(refuse('http://127.0.0.2/', policy)?.code).toBe('fetch.blocked_address');
    expect(refuse('http://[fd00::5]/', policy)).toBe(null);
    expect(refuse('http://INTRANET.example/', policy)).toBe(null);
    expect(refuse('http://feeds.corp.example/', policy)).toBe(null);
  });

  it('returns bad_url for text that is not a URL', () => {
    expect(parseFetchUrl(strict, 'not a url')).toEqual({
      code: 'fetch.bad_url',
      message: 'fetch: not a URL: not a url',
    });
  });
});
