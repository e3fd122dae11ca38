// Counting agreement: per field of a corpus (agreed / compared, and "extra" where only we have a
// value), and per file (how many of its expected values we disagree with).
import { agrees, type FieldCheck } from './golden-check.ts';

export interface FieldTally {
  /** Checks where the peer expects a value. */
  compared: number;
  agreed: number;
  /** Checks where the peer expects nothing but we have a value: not counted as disagreement. */
  extra: number;
}

export interface FileResult {
  readonly file: string;
  readonly compared: number;
  readonly disagreements: readonly FieldCheck[];
  /** The parser's exception, when it threw (it must not: the parse is then taken as empty). */
  readonly crash: string | null;
}

export interface CorpusResult {
  readonly name: string;
  readonly files: readonly FileResult[];
  readonly fields: ReadonlyMap<string, FieldTally>;
  readonly skipped: readonly string[];
}

/** Returns what one file's checks add up to. */
export function fileResult(file: string, checks: readonly FieldCheck[], crash: string | null): FileResult {
  const expected = checks.filter((one) => one.expected !== null);
  return { file, compared: expected.length, disagreements: expected.filter((one) => !agrees(one)), crash };
}

/** Returns the per-field tallies of a corpus, fields in the order they were first met. */
export function tallyFields(checksPerFile: readonly (readonly FieldCheck[])[]): Map<string, FieldTally> {
  const fields = new Map<string, FieldTally>();
  for (const checks of checksPerFile) {
    for (const one of checks) {
      const tally = fields.get(one.field) ?? { compared: 0, agreed: 0, extra: 0 };
      if (one.expected !== null) {
        tally.compared += 1;
        if (agrees(one)) tally.agreed += 1;
      } else if (one.actual !== null) {
        tally.extra += 1;
      }
      fields.set(one.field, tally);
    }
  }
  return fields;
}

/** Returns the sum of the field tallies. */
export function totalOf(fields: ReadonlyMap<string, FieldTally>): FieldTally {
  const total = { compared: 0, agreed: 0, extra: 0 };
  for (const tally of fields.values()) {
    total.compared += tally.compared;
    total.agreed += tally.agreed;
    total.extra += tally.extra;
  }
  return total;
}

/** Returns the files with the most disagreements first (ties: the larger share first). */
export function worstFiles(files: readonly FileResult[], count: number): FileResult[] {
  const share = (file: FileResult): number =>
    file.compared === 0 ? 0 : file.disagreements.length / file.compared;
  return files
    .filter((file) => file.disagreements.length > 0 || file.crash !== null)
    .sort((a, b) => b.disagreements.length - a.disagreements.length || share(b) - share(a))
    .slice(0, count);
}

/** Returns "agreed/compared pct%" (or "-" when nothing was compared). */
export function ratio(tally: Pick<FieldTally, 'agreed' | 'compared'>): string {
  if (tally.compared === 0) return '-';
  return `${tally.agreed}/${tally.compared} ${((100 * tally.agreed) / tally.compared).toFixed(1)}%`;
}
