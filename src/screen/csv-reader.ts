// A small RFC 4180 reader (https://www.rfc-editor.org/rfc/rfc4180): comma-separated fields,
// double-quoted fields that may hold commas, quotes ("") and line breaks, CRLF or LF line
// ends, a UTF-8 byte-order mark ignored. Written here rather than taken from a library: the
// format is small, no CSV package is installed, and we need each record's line number and a
// report of malformed records rather than an exception.
import type { RowProblem } from '../model/watchlist.ts';

/** One record and the physical line (1-based) it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** What the reader read: the well-formed records, and the malformed ones it skipped. */
export interface CsvRead {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly RowProblem[];
}

interface Cursor {
  text: string;
  at: number;
  line: number;
}

/** Returns the records of a CSV text; blank lines are skipped, malformed records reported. */
export function readCsv(input: string): CsvRead {
  const cursor: Cursor = { text: input.replace(/^\uFEFF/, ''), at: 0, line: 1 };
  const records: CsvRecord[] = [];
  const problems: RowProblem[] = [];
  while (cursor.at < cursor.text.length) {
    const line = cursor.line;
    const result = readRecord(cursor);
    if ('problem' in result) problems.push({ line, message: result.problem });
    else if (!(result.fields.length === 1 && result.fields[0] === ''))
      records.push({ line, fields: result.fields });
  }
  return { records, problems };
}

// Reads one record, leaving the cursor after its line end. A malformed record is read to its
// end all the same, so that the next one starts in the right place.
function readRecord(c: Cursor): { fields: string[] } | { problem: string } {
  const fields: string[] = [];
  let problem: string | null = null;
  for (;;) {
    const field = c.text[c.at] === '"' ? readQuoted(c) : readPlain(c);
    if (typeof field !== 'string') problem ??= field.problem;
    fields.push(typeof field === 'string' ? field : '');
    const ch = c.text[c.at];
    if (ch === ',') {
      c.at += 1;
      continue;
    }
    if (ch === undefined) break;
    if (ch === '\r' || ch === '\n') {
      skipLineEnd(c);
      break;
    }
    problem ??= 'csv: text after a closing quote';
    readPlain(c);
    if (c.text[c.at] === ',') c.at += 1;
  }
  return problem === null ? { fields } : { problem };
}

function readPlain(c: Cursor): string {
  const start = c.at;
  while (c.at < c.text.length && !',\r\n'.includes(c.text[c.at]!)) c.at += 1;
  return c.text.slice(start, c.at);
}

function readQuoted(c: Cursor): string | { problem: string } {
  let value = '';
  c.at += 1;
  for (;;) {
    const close = c.text.indexOf('"', c.at);
    if (close === -1) {
      countLines(c, c.text.slice(c.at));
      c.at = c.text.length;
      return { problem: 'csv: a quoted field is not closed before the end of the file' };
    }
    value += c.text.slice(c.at, close);
    countLines(c, c.text.slice(c.at, close));
    c.at = close + 1;
    if (c.text[c.at] !== '"') return value;
    value += '"';
    c.at += 1;
  }
}

function skipLineEnd(c: Cursor): void {
  if (c.text[c.at] === '\r' && c.text[c.at + 1] === '\n') c.at += 2;
  else c.at += 1;
  c.line += 1;
}

function countLines(c: Cursor, text: string): void {
  c.line += (text.match(/\r\n|\r|\n/g) ?? []).length;
}
