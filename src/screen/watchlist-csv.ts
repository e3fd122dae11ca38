// A watchlist from CSV: a header naming the columns (name, aliases, country, identifier,
// notes, in any order and case), one entry per row. Aliases and countries may hold several
// values separated by ";". Unknown columns are kept in each entry's `extra`. Rows with
// problems are reported by line number and skipped; the rest are read.
import type { RowProblem, WatchlistEntry, WatchlistParse } from '../model/watchlist.ts';
import { readCsv, type CsvRecord } from './csv-reader.ts';

type Column = 'name' | 'aliases' | 'country' | 'identifier' | 'notes';

// Header spellings accepted for each column (after trimming and lowercasing).
const COLUMN_NAMES: Readonly<Record<string, Column>> = {
  name: 'name',
  aliases: 'aliases',
  alias: 'aliases',
  country: 'country',
  countries: 'country',
  identifier: 'identifier',
  id: 'identifier',
  notes: 'notes',
  note: 'notes',
};

interface Header {
  readonly columns: readonly (Column | null)[];
  readonly labels: readonly string[];
}

/** Returns the entries of a CSV watchlist, and the rows skipped with their line numbers. */
export function parseWatchlistCsv(text: string): WatchlistParse {
  const { records, problems: csvProblems } = readCsv(text);
  const problems: RowProblem[] = [...csvProblems];
  const [first, ...rows] = records;
  if (!first)
    return { entries: [], problems: [...problems, { line: 1, message: 'watchlist: the file is empty' }] };
  const header = readHeader(first, problems);
  if (!header.columns.includes('name')) {
    const found = header.labels.join(', ');
    problems.push({
      line: first.line,
      message: `watchlist: the header has no name column (found: ${found})`,
    });
    return { entries: [], problems: sortByLine(problems) };
  }
  const entries: WatchlistEntry[] = [];
  for (const row of rows) {
    const entry = readRow(row, header);
    if ('message' in entry) problems.push(entry);
    else entries.push(entry);
  }
  return { entries, problems: sortByLine(problems) };
}

function readHeader(record: CsvRecord, problems: RowProblem[]): Header {
  const labels = record.fields.map((f) => f.trim());
  const seen = new Set<Column>();
  const columns = labels.map((label) => {
    const column = COLUMN_NAMES[label.toLowerCase()] ?? null;
    if (column === null) return null;
    if (seen.has(column)) {
      problems.push({
        line: record.line,
        message: `watchlist: column "${label}" repeats ${column}; kept as an extra column`,
      });
      return null;
    }
    seen.add(column);
    return column;
  });
  return { columns, labels };
}

// A row with fewer fields than the header is read with the missing ones empty (spreadsheets
// drop trailing empty cells); a row with more cannot be placed and is skipped.
function readRow(row: CsvRecord, header: Header): WatchlistEntry | RowProblem {
  if (row.fields.length > header.labels.length) {
    return {
      line: row.line,
      message: `watchlist: ${row.fields.length} fields but the header has ${header.labels.length}`,
    };
  }
  const known: Partial<Record<Column, string>> = {};
  const extra: Record<string, string> = {};
  row.fields.forEach((value, i) => {
    const column = header.columns[i];
    if (column) known[column] = value.trim();
    else if (value.trim() !== '') extra[header.labels[i] || `column ${i + 1}`] = value;
  });
  const name = (known.name ?? '').trim();
  if (name === '') return { line: row.line, message: 'watchlist: the name is empty' };
  return {
    name,
    aliases: splitList(known.aliases).filter((a) => a !== name),
    countries: splitList(known.country),
    identifier: known.identifier || null,
    notes: known.notes || null,
    schema: null,
    extra,
    line: row.line,
  };
}

function splitList(value: string | undefined): string[] {
  return [...new Set((value ?? '').split(';').map((v) => v.trim()))].filter((v) => v !== '');
}

function sortByLine(problems: readonly RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
