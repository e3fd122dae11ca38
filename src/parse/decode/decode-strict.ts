// Decoding that fails instead of inventing characters, so that a wrong guess can be rejected.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { codecFor } from './encoding-names.ts';

/** Returns bytes decoded with the labelled encoding, or undefined if they are not valid in it. */
export function decodeStrict(bytes: Uint8Array, label: string): string | undefined {
  const codec = codecFor(label);
  if (codec === undefined) return undefined;
  if (codec === 'utf8') return decodeUtf8(bytes);
  if (codec === 'ascii' || codec === 'usascii') return isAscii(bytes) ? decodeAscii(bytes) : undefined;
  if (codec.startsWith('utf16') && bytes.length % 2 !== 0) return undefined;
  if (codec.startsWith('utf32') && bytes.length % 4 !== 0) return undefined;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), codec, {
    stripBOM: false,
  });
  return text.includes('\uFFFD') ? undefined : text;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  // Validating natively and then decoding is several times faster than a fatal TextDecoder.
  if (!isUtf8(bytes)) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return false;
  return true;
}

function decodeAscii(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
