// What the bytes say about their own encoding: a byte order mark, the first characters of
// `<?xml` in a wide or EBCDIC encoding, and the XML declaration.
// Spec: https://www.w3.org/TR/xml/#sec-guessing

export interface Sniffed {
  /** Encoding implied by a BOM or by how `<?xml` is spelled in bytes, or ''. */
  readonly bomEncoding: string;
  /** Length of the BOM to drop. */
  readonly bomLength: number;
  /** The encoding the XML declaration names (lower-cased), or ''. */
  readonly declaredEncoding: string;
}

const SIGNATURES: ReadonlyArray<readonly [bytes: readonly number[], encoding: string, bomLength: number]> = [
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be', 4],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le', 4],
  [[0xfe, 0xff], 'utf-16be', 2],
  [[0xff, 0xfe], 'utf-16le', 2],
  [[0xef, 0xbb, 0xbf], 'utf-8', 3],
  [[0x4c, 0x6f, 0xa7, 0x94], 'cp037', 0],
  [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be', 0],
  [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le', 0],
  [[0x00, 0x00, 0x00, 0x3c], 'utf-32be', 0],
  [[0x3c, 0x00, 0x00, 0x00], 'utf-32le', 0],
];

const WIDE_LABELS = new Set([
  'u16',
  'utf-16',
  'utf16',
  'utf_16',
  'u32',
  'utf-32',
  'utf32',
  'utf_32',
  'iso-10646-ucs-2',
  'iso-10646-ucs-4',
  'csucs4',
  'csunicode',
  'ucs-2',
  'ucs-4',
]);

const DECLARATION = /^<\?xml[^>]*?encoding\s*=\s*['"]([^'"]*)['"][^>]*\?>/;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Returns the encoding evidence found at the start of bytes. */
export function sniffEncoding(
  bytes: Uint8Array,
  decodeHead: (head: Uint8Array, label: string) => string | undefined,
): Sniffed {
  let bomEncoding = '';
  let bomLength = 0;
  for (const [signature, encoding, length] of SIGNATURES) {
    // A UTF-16LE BOM followed by two zero bytes is the UTF-32LE BOM, checked first.
    if (startsWith(bytes, signature)) {
      bomEncoding = encoding;
      bomLength = length;
      break;
    }
  }
  const headBytes = bytes.subarray(bomLength, bomLength + 1024);
  const head = bomEncoding ? decodeHead(headBytes, bomEncoding) : Buffer.from(headBytes).toString('latin1');
  let declaredEncoding = DECLARATION.exec(head ?? '')?.[1]?.toLowerCase() ?? '';
  if (bomEncoding && WIDE_LABELS.has(declaredEncoding)) declaredEncoding = bomEncoding;
  return { bomEncoding, bomLength, declaredEncoding };
}
