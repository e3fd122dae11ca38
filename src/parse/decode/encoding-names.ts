// Encoding labels as feeds and servers spell them, mapped to names iconv-lite knows.
import iconv from 'iconv-lite';
import { EXTRA_CODE_PAGES } from './extra-code-pages.ts';

// Labels iconv-lite does not know under these names (many are Python codec aliases that
// feed authors copied into their declarations).
const ALIASES: Readonly<Record<string, string>> = {
  '037': 'cp037',
  csibm037: 'cp037',
  ebcdiccpca: 'cp037',
  ebcdiccpnl: 'cp037',
  ebcdiccpus: 'cp037',
  ebcdiccpwt: 'cp037',
  ibm037: 'cp037',
  ibm039: 'cp037',
  '500': 'cp500',
  csibm500: 'cp500',
  ebcdiccpbe: 'cp500',
  ebcdiccpch: 'cp500',
  ibm500: 'cp500',
  '1140': 'cp1140',
  ibm1140: 'cp1140',
  '1026': 'cp1026',
  ibm1026: 'cp1026',
  csibm1026: 'cp1026',
  '273': 'cp273',
  ibm273: 'cp273',
  csibm273: 'cp273',
  '424': 'cp424',
  ibm424: 'cp424',
  csibm424: 'cp424',
  ebcdiccphe: 'cp424',
  cp875: 'cp875',
  maccentraleurope: 'maclatin2',
  maclatin2: 'maclatin2',
  cpis: 'cp861',
  uhc: 'cp949',
  ujis: 'eucjp',
  ujis2: 'eucjp',
  ksx1001: 'euckr',
  u16: 'utf16',
  u32: 'utf32',
  u8: 'utf8',
  utf: 'utf8',
  cp65001: 'utf8',
  latin: 'latin1',
  iso8859: 'latin1',
  cp866u: 'cp1125',
  ruscii: 'cp1125',
  ucs2: 'utf16',
  iso10646ucs2: 'utf16',
  csunicode: 'utf16',
  ucs4: 'utf32',
  iso10646ucs4: 'utf32',
  csucs4: 'utf32',
  unicodebigunmarked: 'utf16be',
  unicodelittleunmarked: 'utf16le',
  // GB2312 documents routinely use characters only GB18030 (its superset) defines.
  gb2312: 'gb18030',
  eucgb2312cn: 'gb18030',
  xmacsimpchinese: 'gb18030',
  xmactradchinese: 'big5',
  xmackorean: 'euckr',
  xmacjapanese: 'shiftjis',
  big5tw: 'big5',
  hkscs: 'big5hkscs',
};

let registered = false;

function registerExtraCodePages(): void {
  if (registered) return;
  registered = true;
  iconv.getCodec('utf8'); // iconv-lite loads its table on first use
  const encodings = iconv.encodings as unknown as Record<string, unknown>;
  for (const [name, chars] of Object.entries(EXTRA_CODE_PAGES)) encodings[name] = { type: '_sbcs', chars };
}

/** Returns the encoding name to report and decode with: GB2312 is read as GB18030, its superset. */
export function normaliseLabel(label: string): string {
  return canonicalLabel(label) === 'gb2312' ? 'gb18030' : label;
}

/** Returns the label reduced to lower-case letters and digits, as codec lookups compare them. */
export function canonicalLabel(label: string): string {
  return label.toLowerCase().replace(/[^0-9a-z]/g, '');
}

/** Returns the iconv-lite codec name for an encoding label, or undefined if none is known. */
export function codecFor(label: string): string | undefined {
  registerExtraCodePages();
  const canonical = canonicalLabel(label);
  // Bare code page numbers ("437", "866") name IBM/DOS code pages.
  const name = ALIASES[canonical] ?? (/^\d+$/.test(canonical) ? `cp${canonical}` : canonical);
  return name !== '' && iconv.encodingExists(name) ? name : undefined;
}

/** Returns true for labels that name UTF-16 or UTF-32 without a byte order. */
export function isWideUnicodeLabel(label: string): boolean {
  const codec = ALIASES[canonicalLabel(label)] ?? canonicalLabel(label);
  return codec === 'utf16' || codec === 'utf32';
}
