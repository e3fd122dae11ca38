// Undoes Content-Encoding (gzip, deflate, br) under the body cap, and tolerates servers that
// label plain bytes as compressed: the raw bytes are kept with a warning, as feedparser does.
import { brotliDecompressSync, constants, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { FetchWarning } from './fetch-types.ts';

export type DecodedBody =
  | { readonly kind: 'ok'; readonly body: Uint8Array; readonly warnings: readonly FetchWarning[] }
  | { readonly kind: 'too_large' };

const isGzipMagic = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

function inflateEither(bytes: Uint8Array, limit: number): Buffer {
  // "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate.
  try {
    return inflateSync(bytes, { maxOutputLength: limit });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw err;
    return inflateRawSync(bytes, { maxOutputLength: limit });
  }
}

function decodeOne(coding: string, bytes: Uint8Array, limit: number): Uint8Array | null {
  if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(bytes, { maxOutputLength: limit });
  if (coding === 'deflate') return inflateEither(bytes, limit);
  if (coding === 'br') return brotliDecompressSync(bytes, { maxOutputLength: limit });
  return null;
}

// A gzip stream cut short still holds what was sent before the cut.
function salvageGzip(bytes: Uint8Array, limit: number): Uint8Array | null {
  try {
    const out = gunzipSync(bytes, { maxOutputLength: limit, finishFlush: constants.Z_SYNC_FLUSH });
    return out.byteLength > 0 ? out : null;
  } catch {
    return null;
  }
}

function failedCoding(coding: string, bytes: Uint8Array, limit: number, err: unknown): DecodedBody {
  const reason = (err as Error).message;
  const isGzip = coding === 'gzip' || coding === 'x-gzip';
  if (isGzip && isGzipMagic(bytes)) {
    const salvaged = salvageGzip(bytes, limit);
    if (salvaged) {
      const message = `fetch: gzip body is damaged (${reason}); kept what could be read`;
      return { kind: 'ok', body: salvaged, warnings: [{ code: 'fetch.damaged_content_encoding', message }] };
    }
  }
  const message = `fetch: Content-Encoding ${coding} does not match the body (${reason}); raw bytes kept`;
  return { kind: 'ok', body: bytes, warnings: [{ code: 'fetch.content_encoding_mismatch', message }] };
}

/** Returns the body with its Content-Encoding undone, or too_large when it inflates past the limit. */
export function decodeBody(
  bytes: Uint8Array,
  contentEncoding: string | undefined,
  limit: number,
): DecodedBody {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  let body = bytes;
  const warnings: FetchWarning[] = [];
  // Codings are listed in the order they were applied: undo them last to first.
  for (const coding of codings.reverse()) {
    if (body.byteLength === 0) break;
    let decoded: Uint8Array | null;
    try {
      decoded = decodeOne(coding, body, limit);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { kind: 'too_large' };
      const failed = failedCoding(coding, body, limit, err);
      return failed.kind === 'ok' ? { ...failed, warnings: [...warnings, ...failed.warnings] } : failed;
    }
    if (decoded === null) {
      warnings.push({
        code: 'fetch.unknown_content_encoding',
        message: `fetch: unknown Content-Encoding ${coding}`,
      });
      break;
    }
    body = decoded;
  }
  return { kind: 'ok', body, warnings };
}
