// Prints the name evaluation: overall and per-category counts, precision, recall and F1 at
// the matcher's threshold, a few false positives and negatives, and the same figures at
// other thresholds (for reading only: the threshold is fixed in src/screen/score-names.ts).
import type { NamesLineResult } from '../src/cli/commands/analyze-names.ts';
import type { LabelledPair } from './names-pairs.ts';

// The name sets of names-pairs.ts, told apart by their category prefix.
const SETS: ReadonlyArray<readonly [string, (category: string) => boolean]> = [
  [
    'Putin spellings vs each other and vs other people',
    (c) => c.startsWith('putin ') || c.includes('putin vs'),
  ],
  ['tuned-on lists (names-data.ts)', (c) => !/^(fresh|holdout|every|putin)/.test(c)],
  ['fresh lists, looked at once (names-fresh.ts)', (c) => c.startsWith('fresh: ') && !c.includes('putin')],
  [
    'holdout lists, never tuned on (names-holdout.ts)',
    (c) => c.startsWith('holdout: ') && !c.includes('putin'),
  ],
  ['every rigour alias', (c) => c.startsWith('every ')],
];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface RunInfo {
  readonly spellings: number;
  readonly forms: number;
  readonly seconds: number;
}

/** Prints the report for pairs and their results (same order). */
export function printReport(
  pairs: readonly LabelledPair[],
  results: readonly NamesLineResult[],
  info: RunInfo,
): void {
  const threshold = results[0]?.threshold ?? NaN;
  const counted = pairs.map((p, i) => [p, results[i]!] as const).filter(([p]) => p.counted);
  const total = tally(counted, threshold);
  console.log(`names eval: ${info.spellings} spellings of one name, ${info.forms} legal forms (rigour)`);
  console.log(
    `${pairs.length} pairs (${counted.length} counted), ${info.seconds.toFixed(1)} s through analyze names`,
  );
  console.log(`threshold ${threshold} (MATCH_THRESHOLD in src/screen/score-names.ts)`);
  console.log(`overall: ${line(total)}`);
  console.log('by name set (the overall figure leans on the 3,240 Putin pairs and the legal-form pairs):');
  for (const [label, test] of SETS) {
    console.log(
      `  ${label}: ${line(
        tally(
          counted.filter(([p]) => test(p.category)),
          threshold,
        ),
      )}`,
    );
  }
  console.log('\nper category:');
  for (const category of [...new Set(pairs.map((p) => p.category))]) {
    const rows = pairs.map((p, i) => [p, results[i]!] as const).filter(([p]) => p.category === category);
    const c = tally(rows, threshold);
    const label = rows[0]![0].counted ? '' : ' (not counted)';
    console.log(
      `  ${category}${label}: ${rows.length} pairs, ${rows[0]![0].same ? `recall ${ratio(c.tp, c.tp + c.fn)}` : `false matches ${c.fp}`}`,
    );
  }
  printExamples(
    'false positives',
    counted.filter(([p, r]) => !p.same && r.score >= threshold),
    true,
  );
  printExamples(
    'false negatives',
    counted.filter(([p, r]) => p.same && r.score < threshold),
    false,
  );
  console.log('\nat other thresholds (for reading; not used to pick the threshold):');
  for (const t of [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9])
    console.log(`  ${t.toFixed(2)}: ${line(tally(counted, t))}`);
}

function tally(rows: ReadonlyArray<readonly [LabelledPair, NamesLineResult]>, threshold: number): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const [p, r] of rows) {
    const match = r.score >= threshold;
    if (p.same && match) c.tp += 1;
    else if (p.same) c.fn += 1;
    else if (match) c.fp += 1;
    else c.tn += 1;
  }
  return c;
}

function line(c: Counts): string {
  const precision = c.tp / (c.tp + c.fp);
  const recall = c.tp / (c.tp + c.fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  return `P ${precision.toFixed(4)} R ${recall.toFixed(4)} F1 ${f1.toFixed(4)} (tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`;
}

function ratio(n: number, d: number): string {
  return d === 0 ? '-' : `${(n / d).toFixed(4)} (${n}/${d})`;
}

function printExamples(
  title: string,
  rows: ReadonlyArray<readonly [LabelledPair, NamesLineResult]>,
  highestFirst: boolean,
): void {
  const sorted = [...rows].sort((x, y) => (highestFirst ? y[1].score - x[1].score : x[1].score - y[1].score));
  console.log(`\n${title}: ${rows.length}`);
  for (const [p, r] of sorted.slice(0, 12)) {
    const why = r.features.filter((f) => f.contribution !== 0).map((f) => `${f.name} ${f.contribution}`);
    console.log(`  ${r.score.toFixed(3)}  ${p.a}  |  ${p.b}  [${p.category}]  ${why.join(', ')}`);
  }
}
