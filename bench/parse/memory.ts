// Peak-RSS sampling while the main thread is busy. Parsers run synchronously, so a timer on the
// main thread would never fire during a parse; a worker thread reads the process-wide RSS instead.
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Int32Array(workerData);
setInterval(() => {
  const kib = Math.round(process.memoryUsage.rss() / 1024);
  if (kib > Atomics.load(peak, 0)) Atomics.store(peak, 0, kib);
}, 2);
`;

export interface RssSampler {
  /** Returns the highest RSS seen since the sampler started or was reset, in bytes. */
  readonly peakBytes: () => number;
  readonly reset: () => void;
  readonly stop: () => Promise<void>;
}

/** Returns a running sampler; wait a moment after starting so its first samples are in. */
export async function startRssSampler(): Promise<RssSampler> {
  const shared = new SharedArrayBuffer(4);
  const peak = new Int32Array(shared);
  const worker = new Worker(SAMPLER, { eval: true, workerData: shared });
  await new Promise<void>((resolve) => worker.once('online', () => resolve()));
  await new Promise<void>((resolve) => setTimeout(resolve, 20));
  return {
    peakBytes: () => Atomics.load(peak, 0) * 1024,
    reset: () => Atomics.store(peak, 0, 0),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** Runs a full garbage collection when node was started with --expose-gc. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}
