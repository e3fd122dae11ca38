// decode/: bytes to text, in the order the specs give: the HTTP charset (RFC 7303), the byte
// order mark, the XML declaration; then, when the declaration lies, the usual fallbacks.
// Spec: https://www.rfc-editor.org/rfc/rfc7303#section-3 and https://www.w3.org/TR/xml/#sec-guessing
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { ParseWarning } from '../../model/index.ts';
import { parseContentType, isXmlMediaType } from './content-type.ts';
import { codecFor, normaliseLabel } from './encoding-names.ts';
import { decodeStrict } from './decode-strict.ts';
import { sniffEncoding } from './sniff.ts';

export { parseContentType, isXmlMediaType } from './content-type.ts';

export interface DecodedDocument {
  readonly text: string;
  /** The encoding the text was decoded with ('' when none worked and bytes were forced). */
  readonly encoding: string;
  readonly warnings: readonly ParseWarning[];
}

const FALLBACKS = ['utf-8', 'windows-1252', 'iso-8859-2'];

/** Returns the encoding RFC 7303 assigns from the HTTP media type, charset and declaration. */
function declaredEncodingOf(mediaType: string, charset: string, xmlEncoding: string): string {
  const isApplicationXml = mediaType.startsWith('application/') && isXmlMediaType(mediaType);
  if (isApplicationXml) return charset || xmlEncoding || 'utf-8';
  // text/* without a charset is US-ASCII by RFC 3023; a document that is not will fall through.
  if (mediaType.startsWith('text/')) return charset || 'us-ascii';
  return xmlEncoding || 'utf-8';
}

function lenientHead(head: Uint8Array, label: string): string | undefined {
  const codec = codecFor(label);
  return codec ? iconv.decode(Buffer.from(head), codec) : undefined;
}

/** Returns bytes decoded to text, with the encoding used and any disagreement as warnings. */
export function decodeDocument(bytes: Uint8Array, contentType?: string): DecodedDocument {
  const sniffed = sniffEncoding(bytes, lenientHead);
  const body = bytes.subarray(sniffed.bomLength);
  const { mediaType, charset } = parseContentType(contentType);
  const warnings: ParseWarning[] = [];
  if (contentType !== undefined && !isXmlMediaType(mediaType)) {
    warnings.push({
      code: 'encoding.non_xml_content_type',
      message: `encoding: ${contentType} is not an XML media type`,
    });
  }
  const xmlEncoding = normaliseLabel(sniffed.declaredEncoding);
  const declared = normaliseLabel(declaredEncodingOf(mediaType, charset, xmlEncoding));
  const proposals: Array<string | (() => string)> = [
    declared,
    xmlEncoding,
    sniffed.bomEncoding,
    () => guessEncoding(body),
    ...FALLBACKS,
  ];
  const tried = new Set<string>();
  for (const proposed of proposals) {
    const proposal = typeof proposed === 'string' ? proposed : proposed();
    if (!proposal || tried.has(proposal)) continue;
    tried.add(proposal);
    const text = decodeStrict(body, proposal);
    if (text === undefined) continue;
    if (proposal !== declared) {
      warnings.push({
        code: 'encoding.override',
        message: `encoding: document declared as ${declared}, but parsed as ${proposal}`,
      });
    }
    return { text: stripBom(text), encoding: proposal, warnings };
  }
  warnings.push({
    code: 'encoding.unknown',
    message: `encoding: document encoding unknown; tried ${[...tried].join(', ')}`,
  });
  return { text: stripBom(iconv.decode(Buffer.from(body), 'windows-1252')), encoding: '', warnings };
}

const GUESS_SAMPLE = 64 * 1024;

/** Returns the encoding statistics suggest for bytes nothing declared correctly, or ''. */
function guessEncoding(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes.subarray(0, GUESS_SAMPLE)) ?? '';
  // As browsers do: text that looks like ISO-8859-1 is read as its superset windows-1252.
  return guess === 'ISO-8859-1' ? 'windows-1252' : guess;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
