// WARC 1.1 records of archived responses, so evidence can be verified and kept with standard
// web-archiving tools. Spec: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/
import { createHash } from 'node:crypto';

const CRLF = '\r\n';

/** Returns bytes in RFC 4648 base32, the digest encoding WARC tools expect. */
export function base32(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

function sha256Label(bytes: Uint8Array): string {
  return `sha256:${base32(createHash('sha256').update(bytes).digest())}`;
}

/** Returns a stable urn:uuid record id derived from seed. */
export function recordId(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}

export interface WarcRecordInput {
  readonly type: 'warcinfo' | 'response' | 'resource';
  readonly id: string;
  readonly date: string;
  readonly targetUri?: string;
  readonly contentType: string;
  readonly block: Uint8Array;
  /** The payload (the body, without HTTP headers) when it differs from the block. */
  readonly payload?: Uint8Array;
}

/** Returns one serialised WARC record. */
export function warcRecord(r: WarcRecordInput): Buffer {
  const headers = [
    'WARC/1.1',
    `WARC-Type: ${r.type}`,
    `WARC-Record-ID: ${r.id}`,
    `WARC-Date: ${r.date.replace(/\.\d{3}Z$/, 'Z')}`,
    ...(r.targetUri ? [`WARC-Target-URI: ${r.targetUri}`] : []),
    `Content-Type: ${r.contentType}`,
    `WARC-Block-Digest: ${sha256Label(r.block)}`,
    ...(r.type === 'warcinfo' ? [] : [`WARC-Payload-Digest: ${sha256Label(r.payload ?? r.block)}`]),
    `Content-Length: ${r.block.byteLength}`,
  ];
  return Buffer.concat([Buffer.from(headers.join(CRLF) + CRLF + CRLF), r.block, Buffer.from(CRLF + CRLF)]);
}

const HOP_BY_HOP = new Set(['content-encoding', 'transfer-encoding', 'content-length', 'connection']);

/** Returns an HTTP response message (status line, headers, body) as a WARC response block. */
export function httpResponseBlock(
  status: number,
  headers: Readonly<Record<string, string>>,
  body: Uint8Array,
): Buffer {
  // The archive keeps the decoded body, so encodings and lengths are restated for it.
  const lines = [`HTTP/1.1 ${status}`];
  for (const [name, value] of Object.entries(headers))
    if (!HOP_BY_HOP.has(name.toLowerCase())) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${body.byteLength}`);
  return Buffer.concat([Buffer.from(lines.join(CRLF) + CRLF + CRLF), body]);
}
