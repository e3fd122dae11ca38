// `newswatch export`: items matching a query as JSON lines, CSV, or WARC with a digest manifest.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { AppError } from '../../model/index.ts';
import { exportCsv, exportJsonl, exportRequestFor, exportWarc } from '../../pipeline/index.ts';
import { parseDateOption } from '../date-option.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';

interface ExportFlags extends DbFlags {
  readonly query?: string;
  readonly format: string;
  readonly out?: string;
  readonly since?: string;
  readonly until?: string;
}

async function finish(stream: Writable): Promise<void> {
  if (stream === process.stdout) return;
  stream.end();
  await once(stream, 'finish');
}

/** Adds `export` to program. */
export function registerExport(program: Command): void {
  withDbOption(
    program
      .command('export')
      .description('export items as jsonl or csv, or their raw sources as WARC 1.1 with a sha256 manifest')
      .option('--query <q>', 'only items matching this search query')
      .option('--format <f>', 'jsonl, csv or warc', 'jsonl')
      .option('--out <file>', 'output file (required for warc; the manifest goes to FILE.manifest.tsv)')
      .option('--since <date>', 'only items published since')
      .option('--until <date>', 'only items published before'),
  ).action(async (flags: ExportFlags) => {
    const now = new Date();
    const dates = {
      ...(flags.since ? { since: parseDateOption('since', flags.since, now) } : {}),
      ...(flags.until ? { until: parseDateOption('until', flags.until, now) } : {}),
    };
    if (!['jsonl', 'csv', 'warc'].includes(flags.format))
      throw new AppError('usage.bad_format', `--format: '${flags.format}' is not jsonl, csv or warc`);
    if (flags.format === 'warc' && !flags.out)
      throw new AppError('usage.missing_out', 'export: --format warc needs --out FILE');
    const out: Writable = flags.out ? createWriteStream(flags.out) : process.stdout;
    const count = await withStore(flags, async (store) => {
      const request = await exportRequestFor(store, flags.query, dates);
      if (flags.format === 'jsonl') return exportJsonl(store, request, out);
      if (flags.format === 'csv') return exportCsv(store, request, out);
      const manifest = createWriteStream(`${flags.out}.manifest.tsv`);
      const n = await exportWarc(store, request, out, manifest, now);
      await finish(manifest);
      return n;
    });
    await finish(out);
    process.stderr.write(
      `exported ${count} ${flags.format === 'warc' ? 'WARC records' : 'items'}${flags.out ? ` to ${flags.out}` : ''}\n`,
    );
  });
}
