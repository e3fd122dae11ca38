import { describe, expect, it } from 'vitest';
import { classifyError } from '../../src/fetch/classify-error.ts';

const errno = (message: string, code: string) => Object.assign(new Error(message), { code });
const codeOf = (err: unknown) => classifyError(err, 'https://news.example/feed').code;

describe('classifyError', () => {
  it('classifies certificate failures as tls', () => {
    expect(codeOf(errno('certificate has expired', 'CERT_HAS_EXPIRED'))).toBe('fetch.tls');
    expect(codeOf(errno('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe('fetch.tls');
    expect(
      codeOf(errno("Hostname/IP does not match certificate's altnames", 'ERR_TLS_CERT_ALTNAME_INVALID')),
    ).toBe('fetch.tls');
  });

  it('classifies undici timeouts as timeout', () => {
    expect(codeOf(errno('Connect Timeout Error', 'UND_ERR_CONNECT_TIMEOUT'))).toBe('fetch.timeout');
  });

  it('looks through the cause chain', () => {
    const wrapped = new Error('fetch failed', {
      cause: errno('getaddrinfo EAI_AGAIN news.example', 'EAI_AGAIN'),
    });
    expect(classifyError(wrapped, 'https://news.example/feed')).toEqual({
      code: 'fetch.dns',
      message: 'fetch: https://news.example/feed: getaddrinfo EAI_AGAIN news.example (EAI_AGAIN)',
    });
  });

  it('classifies resets and unknown errors as connect', () => {
    expect(codeOf(errno('socket hang up', 'ECONNRESET'))).toBe('fetch.connect');
    expect(codeOf(new Error('something odd'))).toBe('fetch.connect');
  });
});
