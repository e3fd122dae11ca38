// Printing the golden comparison: per corpus a field table and its worst files, then totals.
import type { FieldCheck } from './golden-check.ts';
import { ratio, totalOf, worstFiles, type CorpusResult, type FileResult } from './golden-tally.ts';

/** Returns the lines of one corpus: its field table, then its worst-disagreeing files. */
export function corpusLines(result: CorpusResult, worst: number): string[] {
  const crashes = result.files.filter((file) => file.crash !== null).length;
  const lines = [
    `\n== ${result.name}: ${result.files.length} files` +
      (result.skipped.length > 0 ? `, ${result.skipped.length} skipped` : '') +
      (crashes > 0 ? `, ${crashes} CRASHED` : ''),
  ];
  const width = Math.max(10, ...[...result.fields.keys()].map((field) => field.length));
  for (const [field, tally] of result.fields) {
    if (tally.compared === 0 && tally.extra === 0) continue;
    const extra = tally.extra > 0 ? `  +${tally.extra} extra` : '';
    lines.push(`  ${field.padEnd(width)}  ${ratio(tally).padStart(22)}${extra}`);
  }
  lines.push(...result.skipped.map((reason) => `  skipped ${reason}`));
  const worstList = worstFiles(result.files, worst);
  if (worstList.length > 0) lines.push(`  worst files:`);
  for (const file of worstList) lines.push(...fileLines(file, 3));
  return lines;
}

/** Returns a file's summary line and its first disagreements. */
export function fileLines(file: FileResult, shown: number): string[] {
  const head = `    ${file.file}: ${file.disagreements.length}/${file.compared} disagree`;
  const lines = [file.crash === null ? head : `${head}; parser threw: ${file.crash}`];
  for (const one of file.disagreements.slice(0, shown)) lines.push(`      ${diffLine(one)}`);
  if (file.disagreements.length > shown) lines.push(`      … ${file.disagreements.length - shown} more`);
  return lines;
}

/** Returns "field: expected «…» ours «…»", long values cut short. */
export function diffLine(one: FieldCheck): string {
  return `${one.field}: expected «${clip(one.expected)}» ours «${clip(one.actual)}»`;
}

function clip(value: string | null): string {
  if (value === null) return '∅';
  const shown = visible(value);
  return shown.length > 70 ? `${shown.slice(0, 69)}…` : shown;
}

/** Returns the value with control characters written as \uXXXX, so that they can be seen. */
function visible(value: string): string {
  return [...value]
    .map((char) => {
      const code = char.charCodeAt(0);
      return code < 0x20 || (code >= 0x7f && code <= 0x9f)
        ? `\\u${code.toString(16).padStart(4, '0')}`
        : char;
    })
    .join('');
}

/** Returns the totals per corpus and over all corpora. */
export function totalLines(results: readonly CorpusResult[]): string[] {
  const lines = ['\n== Totals (values the peer expects that we reproduce; "extra": values only we give)'];
  const all = { compared: 0, agreed: 0, extra: 0, files: 0 };
  for (const result of results) {
    const total = totalOf(result.fields);
    lines.push(
      `  ${result.name.padEnd(20)} ${ratio(total).padStart(24)}  +${total.extra} extra  (${result.files.length} files)`,
    );
    all.compared += total.compared;
    all.agreed += total.agreed;
    all.extra += total.extra;
    all.files += result.files.length;
  }
  lines.push(`  ${'all'.padEnd(20)} ${ratio(all).padStart(24)}  +${all.extra} extra  (${all.files} files)`);
  return lines;
}

/** Returns every disagreement on one field, file by file. */
export function fieldDiffLines(results: readonly CorpusResult[], field: string): string[] {
  const lines = [`\n== Disagreements on ${field}`];
  for (const result of results) {
    for (const file of result.files) {
      for (const one of file.disagreements.filter((check) => check.field === field)) {
        lines.push(
          `  ${result.name} ${file.file}: expected «${shown(one.expected)}» ours «${shown(one.actual)}»`,
        );
      }
    }
  }
  return lines;
}

function shown(value: string | null): string {
  return value === null ? '∅' : visible(value);
}
