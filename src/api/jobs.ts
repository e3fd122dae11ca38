// Import jobs: uploaded files imported one at a time, in the background, with progress a
// client can poll. Jobs run in one queue so that two uploads never contend for the write lock;
// new items are analysed (entities) once a job's files are in.
import { randomUUID } from 'node:crypto';
import { analyzePending, importBytes, type FileImportResult, type ItemAnalyzer } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { JobQueue } from './job-queue.ts';

export interface UploadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface FileSummary {
  readonly file: string;
  readonly ok: boolean;
  readonly message: string;
  readonly itemsNew: number;
  readonly itemsUpdated: number;
  readonly itemsUnchanged: number;
}

export interface ImportJob {
  readonly id: string;
  readonly state: 'queued' | 'running' | 'done';
  readonly actor: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly total: number;
  readonly done: number;
  readonly results: readonly FileSummary[];
  /** Items analysed for entities after the files were imported. */
  readonly analysed: number;
}

const KEEP_JOBS = 100;

/** Returns the one-line summary of a file's import. */
export function summarise(result: FileImportResult): FileSummary {
  if (!result.ok) {
    return {
      file: result.file,
      ok: false,
      message: result.error,
      itemsNew: 0,
      itemsUpdated: 0,
      itemsUnchanged: 0,
    };
  }
  const o = result.outcome;
  const message = o.isKnownBytes
    ? 'already imported (same bytes), nothing new'
    : `${o.itemsNew} new, ${o.itemsUpdated} updated, ${o.itemsUnchanged} unchanged (${result.format})`;
  return {
    file: result.file,
    ok: true,
    message,
    itemsNew: o.itemsNew,
    itemsUpdated: o.itemsUpdated,
    itemsUnchanged: o.itemsUnchanged,
  };
}

export class ImportJobs extends JobQueue<ImportJob> {
  // stop(): the file being imported is finished, the rest are recorded as not imported.
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly analyze: ItemAnalyzer | null = null,
  ) {
    super(KEEP_JOBS);
  }

  /** Queues files for import; returns the job to poll. */
  start(files: readonly UploadedFile[], actor: string): ImportJob {
    const job: ImportJob = {
      id: randomUUID(),
      state: 'queued',
      actor,
      createdAt: this.now().toISOString(),
      finishedAt: null,
      total: files.length,
      done: 0,
      results: [],
      analysed: 0,
    };
    return this.enqueue(job, () => this.run(job.id, files));
  }

  private async run(id: string, files: readonly UploadedFile[]): Promise<void> {
    this.update(id, { state: 'running' });
    for (const file of files) {
      // Let progress requests in between files: each import holds the thread while it runs.
      await new Promise((resolve) => setImmediate(resolve));
      const result: FileImportResult = this.isStopping
        ? { ok: false, file: file.name, error: 'import: the server stopped before this file' }
        : await importBytes(this.store, file.bytes, file.name, this.now()).catch(
            (err: unknown): FileImportResult => ({
              ok: false,
              file: file.name,
              error: `import: ${String(err)}`,
            }),
          );
      const job = this.get(id) as ImportJob;
      this.update(id, { done: job.done + 1, results: [...job.results, summarise(result)] });
    }
    const analysed = this.analyze ? await analyzePending(this.store, this.analyze, this.now) : 0;
    this.update(id, { state: 'done', finishedAt: this.now().toISOString(), analysed });
  }
}
