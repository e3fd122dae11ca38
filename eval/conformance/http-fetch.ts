// The harness's stand-in for a fetch stage: Node's fetch, redirects followed by hand so that the
// first redirect's status is known (feedparser reports it as `status`), bodies decompressed by
// fetch itself (gzip, deflate).

export interface Fetched {
  /** The first redirect's status if there was one, else the final response's. */
  readonly status: number;
  readonly finalUrl: string;
  /** The final response's headers (Node's fetch gives lower-case names). */
  readonly headers: Readonly<Record<string, string>>;
  /** The decoded body; null for 304 Not Modified. */
  readonly body: Uint8Array | null;
}

const MAX_REDIRECTS = 10;
const isRedirect = (status: number) => status >= 300 && status < 400 && status !== 304;

/** Returns the response at url after redirects; throws when the server cannot be read. */
export async function fetchFollowing(
  url: string,
  requestHeaders: Record<string, string> = {},
): Promise<Fetched> {
  let current = url;
  let firstRedirect: number | null = null;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const res = await fetch(current, { redirect: 'manual', headers: requestHeaders });
    const location = res.headers.get('location');
    if (isRedirect(res.status) && location) {
      firstRedirect ??= res.status;
      await res.arrayBuffer();
      current = new URL(location, current).href;
      continue;
    }
    const headers = Object.fromEntries(res.headers.entries());
    const body = res.status === 304 ? null : new Uint8Array(await res.arrayBuffer());
    return { status: firstRedirect ?? res.status, finalUrl: current, headers, body };
  }
  throw new Error(`fetch: more than ${MAX_REDIRECTS} redirects from ${url}`);
}

const ACCEPTABLE_SCHEMES = new Set(['http:', 'https:']);

/** Returns the base URL a fetch stage hands the parser: Content-Location resolved, if safe. */
export function baseUrlOf(fetched: Fetched): string {
  const location = fetched.headers['content-location'];
  if (location === undefined) return fetched.finalUrl;
  try {
    const resolved = new URL(location, fetched.finalUrl);
    return ACCEPTABLE_SCHEMES.has(resolved.protocol) ? resolved.href : fetched.finalUrl;
  } catch {
    return fetched.finalUrl;
  }
}
