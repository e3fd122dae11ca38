// One measurement in a fresh process: one parser over one input. A cold first run gives the peak
// memory (RSS above the baseline, and heap still held by the result), then warm-up runs, then
// timed repetitions with a full GC before each. Prints one JSON line (a WorkerReport).
import { parseArgs } from 'node:util';
import { loadInput, type BenchInput } from './inputs.ts';
import { collectGarbage, startRssSampler } from './memory.ts';
import { listParsers, type BenchParser, type ParserInput } from './parsers.ts';

export interface WorkerReport {
  readonly parser: string;
  readonly input: string;
  /** Size of the input; a repetition parses it `rounds` times. */
  readonly inputBytes: number;
  readonly rounds: number;
  /** Items returned by one pass over the input (summed over its files). */
  readonly items: number;
  readonly timesMs: readonly number[];
  readonly peakRssDeltaBytes: number;
  readonly retainedHeapBytes: number;
  /** Files that threw, as "file: message". */
  readonly errors: readonly string[];
  readonly files: number;
}

/** A repetition covers at least this many bytes, so small fixture sets still time reliably. */
const MIN_BYTES_PER_REP = 8_000_000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      parser: { type: 'string' },
      input: { type: 'string' },
      warmup: { type: 'string', default: '2' },
      reps: { type: 'string', default: '5' },
    },
  });
  const parser = listParsers().find((candidate) => candidate.name === values.parser);
  const input = loadInput(values.input ?? '');
  if (parser === undefined || input === null)
    throw new Error(`bench: cannot run ${values.parser} on ${values.input}`);
  const report = await measure(parser, input, Number(values.warmup), Number(values.reps));
  process.stdout.write(JSON.stringify(report) + '\n');
}

async function measure(
  parser: BenchParser,
  input: BenchInput,
  warmup: number,
  reps: number,
): Promise<WorkerReport> {
  const inputs = input.files.map((file) => ({ bytes: file.bytes, text: file.bytes.toString('utf8') }));
  const rounds = Math.max(1, Math.ceil(MIN_BYTES_PER_REP / input.totalBytes));
  const sampler = await startRssSampler();
  collectGarbage();
  const baseline = process.memoryUsage();
  sampler.reset();
  const cold = await runOnce(parser, inputs, input, 1);
  const peakRssDeltaBytes = Math.max(0, sampler.peakBytes() - baseline.rss);
  await sampler.stop();
  collectGarbage();
  const retainedHeapBytes = Math.max(0, process.memoryUsage().heapUsed - baseline.heapUsed);
  cold.results.length = 0;
  for (let i = 0; i < warmup; i += 1) await runOnce(parser, inputs, input, rounds);
  const timesMs: number[] = [];
  for (let i = 0; i < reps; i += 1) {
    collectGarbage();
    const start = performance.now();
    await runOnce(parser, inputs, input, rounds);
    timesMs.push(performance.now() - start);
  }
  return {
    parser: parser.name,
    input: input.name,
    inputBytes: input.totalBytes,
    rounds,
    items: cold.items,
    timesMs,
    peakRssDeltaBytes,
    retainedHeapBytes,
    errors: cold.errors,
    files: input.files.length,
  };
}

interface RunResult {
  items: number;
  readonly errors: string[];
  readonly results: unknown[];
}

async function runOnce(
  parser: BenchParser,
  inputs: readonly ParserInput[],
  input: BenchInput,
  rounds: number,
): Promise<RunResult> {
  const run: RunResult = { items: 0, errors: [], results: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, one] of inputs.entries()) {
      try {
        const outcome = await parser.run(one);
        if (round > 0) continue;
        run.results.push(outcome.result);
        run.items += outcome.items;
      } catch (error) {
        if (round === 0) run.errors.push(`${input.files[index]?.name ?? '?'}: ${describe(error)}`);
      }
    }
  }
  return run;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 160) ?? '';
}

await main();
