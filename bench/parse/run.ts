// npm run bench:parse: newswatch's parseFeed side by side with the npm feed parsers and bare
// tokenising passes, over the same inputs. Each (parser, input) runs in a fresh process so that
// peers do not share a heap. Prints a table per input, then the same as markdown for
// bench/RESULTS.md. Never asserts a time.
//   --reps N (5)  --warmup N (1)  --parsers a,b  --inputs rss-20k,atom-8k,fixtures
import { execFile } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { writeGeneratedInputs } from './generate.ts';
import { INPUTS, loadInput, OUT_DIR } from './inputs.ts';
import { listParsers, type BenchParser } from './parsers.ts';
import { formatMarkdown, formatText, goalLines, tableCells, type Row } from './report.ts';
import type { WorkerReport } from './worker.ts';

const run = promisify(execFile);
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

interface Settings {
  readonly reps: number;
  readonly warmup: number;
  readonly parsers: readonly BenchParser[];
  readonly inputs: readonly string[];
}

interface InputResult {
  readonly input: string;
  readonly rows: readonly Row[];
}

function readSettings(): Settings {
  const { values } = parseArgs({
    options: {
      reps: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      parsers: { type: 'string' },
      inputs: { type: 'string' },
    },
  });
  const wanted = values.parsers?.split(',');
  return {
    reps: Number(values.reps),
    warmup: Number(values.warmup),
    parsers: listParsers().filter((parser) => wanted === undefined || wanted.includes(parser.name)),
    inputs: values.inputs?.split(',') ?? Object.keys(INPUTS),
  };
}

async function measure(parser: BenchParser, input: string, settings: Settings): Promise<Row> {
  const args = ['--expose-gc', '--import', 'tsx', WORKER, '--parser', parser.name, '--input', input];
  args.push('--warmup', String(settings.warmup), '--reps', String(settings.reps));
  try {
    const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
    const last = stdout.trim().split('\n').at(-1) ?? '';
    return { parser: parser.name, kind: parser.kind, report: JSON.parse(last) as WorkerReport, error: null };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    const reason = stderr.trim().split('\n').filter(Boolean).at(-1) ?? 'worker failed';
    return {
      parser: parser.name,
      kind: parser.kind,
      report: null,
      error: `worker died: ${reason.slice(0, 160)}`,
    };
  }
}

function describeRow(row: Row): string {
  if (row.report === null) return row.error ?? '';
  const median =
    [...row.report.timesMs].sort((a, b) => a - b)[Math.floor(row.report.timesMs.length / 2)] ?? 0;
  return `${row.report.items} items, median ${(median / row.report.rounds).toFixed(1)} ms per pass`;
}

async function measureInput(input: string, settings: Settings): Promise<InputResult | null> {
  const loaded = loadInput(input);
  if (loaded === null) {
    console.log(`\n[${input}] skipped: its files are not on this machine (../shared missing?)`);
    return null;
  }
  const mb = (loaded.totalBytes / 1_000_000).toFixed(2);
  console.log(`\n[${input}] ${INPUTS[input] ?? ''}: ${loaded.files.length} file(s), ${mb} MB`);
  const rows: Row[] = [];
  for (const parser of settings.parsers) {
    const row = await measure(parser, input, settings);
    console.log(`  ${parser.name.padEnd(20)} ${describeRow(row)}`);
    rows.push(row);
  }
  return { input, rows };
}

function environment(settings: Settings, loadAtStart: number): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const when = new Date().toISOString().slice(0, 10);
  const load = `load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`;
  return (
    `${when}, Node ${process.version}, ${cpu}, ${cpus().length} cores, ${load}; ` +
    `per (parser, input): a fresh process, 1 cold run for memory, ${settings.warmup} warm-up, ` +
    `median of ${settings.reps} timed runs. MB = 10^6 bytes. "newswatch ×" = newswatch MB/s ÷ that parser's MB/s.`
  );
}

function printResults(results: readonly InputResult[], settings: Settings, loadAtStart: number): void {
  const setting = environment(settings, loadAtStart);
  console.log(`\n=== Results (${setting})`);
  for (const { input, rows } of results) {
    console.log(`\n${input}: ${INPUTS[input] ?? ''}\n${formatText(tableCells(rows))}`);
    for (const line of goalLines(rows)) console.log(`  ${line}`);
  }
  console.log('\n=== Markdown for bench/RESULTS.md\n');
  console.log(`Measured with \`npm run bench:parse\`: ${setting}\n`);
  for (const { input, rows } of results) {
    console.log(`### ${input}: ${INPUTS[input] ?? ''}\n\n${formatMarkdown(tableCells(rows))}\n`);
    for (const line of goalLines(rows)) console.log(`- ${line}`);
    console.log('');
  }
}

async function main(): Promise<void> {
  const settings = readSettings();
  const loadAtStart = loadavg()[0] ?? 0;
  const paths = writeGeneratedInputs(OUT_DIR);
  console.log(`generated ${paths.rss} and ${paths.atom}`);
  const results: InputResult[] = [];
  for (const input of settings.inputs) {
    const result = await measureInput(input, settings);
    if (result !== null) results.push(result);
  }
  printResults(results, settings, loadAtStart);
}

await main();
