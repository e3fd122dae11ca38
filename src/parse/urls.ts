// Relative URL resolution and the scheme allowlist that keeps `javascript:` and friends out.
// Spec: https://www.rfc-editor.org/rfc/rfc3986#section-5 (resolution), https://www.w3.org/TR/xmlbase/

import { resolveReference } from './resolve-reference.ts';

const SAFE_SCHEMES = new Set([
  'file',
  'ftp',
  'gopher',
  'h323',
  'hdl',
  'http',
  'https',
  'imap',
  'magnet',
  'mailto',
  'mms',
  'news',
  'nntp',
  'prospero',
  'rsync',
  'rtsp',
  'rtspu',
  'sftp',
  'shttp',
  'sip',
  'sips',
  'snews',
  'svn',
  'svn+ssh',
  'telnet',
  'wais',
  'aim',
  'callto',
  'cvs',
  'facetime',
  'feed',
  'git',
  'gtalk',
  'irc',
  'ircs',
  'irc6',
  'itms',
  'msnim',
  'skype',
  'ssh',
  'smb',
  'ymsg',
]);

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const EXTRA_SLASHES = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)\/+/;

/** Returns the scheme of url, lower-cased, or '' when it has none. */
export function schemeOf(url: string): string {
  return SCHEME.exec(url.trim())?.[1]?.toLowerCase() ?? '';
}

/** Returns ref resolved against base; an absolute ref is returned as written. */
export function joinUrl(base: string, ref: string): string {
  const fixed = ref.replace(EXTRA_SLASHES, '$1');
  if (fixed === '') return base;
  if (base === '' || schemeOf(fixed) !== '') return fixed;
  return resolveReference(base, fixed);
}

/**
 * Returns rel resolved against base, or '' when the result's scheme is not on the allowlist
 * (`javascript:`, `data:`, `vbscript:` ...). With no rel, returns base if its scheme is safe.
 */
export function makeSafeAbsoluteUrl(base: string, rel?: string): string {
  if (!base) return rel ?? '';
  if (!rel) {
    const scheme = schemeOf(base);
    return scheme === '' || SAFE_SCHEMES.has(scheme) ? base : '';
  }
  const url = joinUrl(base, rel);
  return SAFE_SCHEMES.has(schemeOf(url)) ? url : '';
}

/** Returns true when url's scheme is on the allowlist (or it is relative). */
export function isSafeUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === '' || SAFE_SCHEMES.has(scheme);
}
