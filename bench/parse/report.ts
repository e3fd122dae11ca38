// Figures and tables from the worker reports: medians, throughput, memory, and the ratios the issue
// sets goals on (newswatch at least 2× rss-parser; newswatch time within 1.5× of a bare saxes pass).
import type { WorkerReport } from './worker.ts';

export interface Row {
  readonly parser: string;
  readonly kind: 'newswatch' | 'peer' | 'tokeniser' | 'decode';
  readonly report: WorkerReport | null;
  /** Why there are no figures (the parser threw on the input, or its process died). */
  readonly error: string | null;
}

interface Figures {
  /** Median time of one pass over the input. */
  readonly medianMs: number;
  /** Fastest pass: on a shared machine, load only ever adds time, so this is the least disturbed. */
  readonly bestMs: number;
  readonly mbPerSecond: number;
  readonly itemsPerSecond: number;
}

const MB = 1_000_000;

/** Returns the median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function figuresOf(report: WorkerReport): Figures {
  const medianMs = median(report.timesMs) / report.rounds;
  return {
    medianMs,
    bestMs: Math.min(...report.timesMs) / report.rounds,
    mbPerSecond: report.inputBytes / MB / (medianMs / 1000),
    itemsPerSecond: report.items / (medianMs / 1000),
  };
}

const HEADER = [
  'parser',
  'MB/s',
  'items/s',
  'items',
  'median ms (best)',
  'peak RSS Δ MB',
  'heap held MB',
  'newswatch ×',
  'notes',
];

/** Returns the table cells for one input, one row per parser, newswatch's speed ratio to each. */
export function tableCells(rows: readonly Row[]): string[][] {
  const ours = rows.find((row) => row.kind === 'newswatch')?.report ?? null;
  // Ratios to a parser that returned nothing would only measure how fast it gives up.
  const hasFigures = ours !== null && ours.items > 0 && ours.errors.length < ours.files;
  const oursFigures = hasFigures ? figuresOf(ours) : null;
  return [HEADER, ...rows.map((row) => rowCells(row, oursFigures))];
}

function rowCells(row: Row, ours: Figures | null): string[] {
  const report = row.report;
  if (report === null || report.errors.length === report.files) {
    const message = row.error ?? report?.errors[0] ?? 'no result';
    return [row.parser, '', '', '', '', '', '', '', `error: ${message}`];
  }
  const figures = figuresOf(report);
  const ratio =
    ours === null || row.kind === 'newswatch' || row.kind === 'decode'
      ? ''
      : `${(ours.mbPerSecond / figures.mbPerSecond).toFixed(2)}×`;
  return [
    row.parser,
    figures.mbPerSecond.toFixed(1),
    row.kind === 'decode' ? '' : Math.round(figures.itemsPerSecond).toLocaleString('en-GB'),
    row.kind === 'decode' ? '' : String(report.items),
    `${figures.medianMs.toFixed(1)} (${figures.bestMs.toFixed(1)})`,
    (report.peakRssDeltaBytes / MB).toFixed(1),
    (report.retainedHeapBytes / MB).toFixed(1),
    ratio,
    notesFor(row.kind, report),
  ];
}

function notesFor(kind: Row['kind'], report: WorkerReport): string {
  const notes: string[] = [];
  if (kind !== 'decode' && report.items === 0) notes.push('0 ITEMS');
  if (report.errors.length > 0) {
    const errors = report.errors.map((error) => (error.length > 70 ? `${error.slice(0, 69)}…` : error));
    notes.push(`error on ${report.errors.length}/${report.files} files: ${errors.join('; ')}`);
  }
  return notes.join('; ');
}

/** Returns the goal lines for one input: newswatch against rss-parser and against bare saxes. */
export function goalLines(rows: readonly Row[]): string[] {
  const figure = (name: string): Figures | null => {
    const report = rows.find((row) => row.parser === name)?.report ?? null;
    return report === null || report.errors.length === report.files ? null : figuresOf(report);
  };
  const ours = figure('newswatch');
  const rss = figure('rss-parser');
  const saxes = figure('saxes (bare)');
  if (ours === null) return ['newswatch: no figures (it threw)'];
  const items = rows.find((row) => row.parser === 'newswatch')?.report?.items ?? 0;
  if (items === 0) return ['newswatch returned 0 items: no ratios until it reads this input'];
  const lines: string[] = [];
  // Speed ratio = their time ÷ ours; given on medians, and on best passes, which load disturbs least.
  const both = (their: Figures, mine: Figures): string =>
    `${(their.medianMs / mine.medianMs).toFixed(2)} on medians, ${(their.bestMs / mine.bestMs).toFixed(2)} on best passes`;
  if (rss !== null) lines.push(`newswatch speed ÷ rss-parser speed: ${both(rss, ours)} (goal ≥ 2)`);
  if (saxes !== null) lines.push(`newswatch time ÷ bare saxes time: ${both(ours, saxes)} (goal ≤ 1.5)`);
  return lines;
}

/** Returns cells laid out as an aligned plain-text table. */
export function formatText(cells: readonly (readonly string[])[]): string {
  const widths = HEADER.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        column === 0 || column === 8 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const [header, ...body] = cells;
  return [line(header ?? []), ...body.map(line)].join('\n');
}

/** Returns cells as a markdown table, numbers right-aligned. */
export function formatMarkdown(cells: readonly (readonly string[])[]): string {
  const [header, ...body] = cells;
  const align = HEADER.map((_, column) => (column === 0 || column === 8 ? ':--' : '--:'));
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header ?? []), `|${align.join('|')}|`, ...body.map(line)].join('\n');
}
