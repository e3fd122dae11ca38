// Reads a response body under a byte cap, enforced while streaming: an endless or oversized
// body is cut off as soon as it passes the cap, never buffered whole.
import type { Readable } from 'node:stream';

export type BodyRead = { readonly kind: 'ok'; readonly bytes: Uint8Array } | { readonly kind: 'too_large' };

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Returns the whole body, or too_large (and the stream destroyed) once it passes maxBytes. */
export async function readCappedBody(body: Readable, maxBytes: number): Promise<BodyRead> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      body.destroy();
      return { kind: 'too_large' };
    }
    chunks.push(chunk);
  }
  return { kind: 'ok', bytes: concat(chunks, total) };
}

/**
 * Returns the first maxBytes of a body (or less) and discards the rest; isTruncated says whether
 * there was more.
 */
export async function readBodyStart(
  body: Readable,
  maxBytes: number,
): Promise<{ readonly bytes: Uint8Array; readonly isTruncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let isTruncated = false;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    total += chunk.byteLength;
    if (total > maxBytes) {
      isTruncated = true;
      break;
    }
  }
  // Breaking out of the loop destroys the stream; a body read to its end is already done.
  return { bytes: concat(chunks, total).subarray(0, maxBytes), isTruncated };
}
