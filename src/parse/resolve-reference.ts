// RFC 3986 reference resolution, written out so that URLs keep their characters as the feed
// wrote them (the WHATWG URL class percent-encodes and lower-cases, which changes evidence).
// Spec: https://www.rfc-editor.org/rfc/rfc3986#section-5.2

interface Parts {
  scheme: string | undefined;
  authority: string | undefined;
  path: string;
  query: string | undefined;
  fragment: string | undefined;
}

const URI = /^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?$/;
// Schemes whose URLs have a hierarchy that relative references can walk (Python's uses_relative).
const HIERARCHICAL = new Set([
  'ftp',
  'http',
  'gopher',
  'nntp',
  'imap',
  'wais',
  'file',
  'https',
  'shttp',
  'mms',
  'prospero',
  'rtsp',
  'rtspu',
  'sftp',
  'svn',
  'svn+ssh',
  'ws',
  'wss',
]);

function split(uri: string): Parts {
  const m = URI.exec(uri) as RegExpExecArray;
  return { scheme: m[1], authority: m[2], path: m[3] ?? '', query: m[4], fragment: m[5] };
}

function join(p: Parts): string {
  let out = p.scheme === undefined ? '' : `${p.scheme}:`;
  if (p.authority !== undefined) out += `//${p.authority}`;
  out += p.path;
  if (p.query !== undefined) out += `?${p.query}`;
  if (p.fragment !== undefined) out += `#${p.fragment}`;
  return out;
}

/** Returns path with "." and ".." segments removed (RFC 3986 §5.2.4). */
export function removeDotSegments(path: string): string {
  const input = path.split('/');
  const output: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const segment = input[i] as string;
    const isLast = i === input.length - 1;
    if (segment === '.') {
      if (isLast) output.push('');
    } else if (segment === '..') {
      if (output.length > 1 || (output.length === 1 && output[0] !== '')) output.pop();
      if (isLast) output.push('');
    } else {
      output.push(segment);
    }
  }
  return output.join('/');
}

function merge(base: Parts, refPath: string): string {
  if (base.authority !== undefined && base.path === '') return `/${refPath}`;
  return base.path.slice(0, base.path.lastIndexOf('/') + 1) + refPath;
}

/** Returns ref resolved against an absolute base; a ref with a scheme, or a base that is no hierarchy, wins as is. */
export function resolveReference(base: string, ref: string): string {
  const r = split(ref);
  const b = split(base);
  if (r.scheme !== undefined || b.scheme === undefined || !HIERARCHICAL.has(b.scheme.toLowerCase()))
    return ref;
  const t: Parts = {
    scheme: b.scheme,
    authority: b.authority,
    path: b.path,
    query: b.query,
    fragment: r.fragment,
  };
  if (r.authority !== undefined) {
    return join({ ...t, authority: r.authority, path: removeDotSegments(r.path), query: r.query });
  }
  if (r.path === '') return join({ ...t, query: r.query ?? b.query });
  const path = r.path.startsWith('/') ? r.path : merge(b, r.path);
  return join({ ...t, path: removeDotSegments(path), query: r.query });
}
