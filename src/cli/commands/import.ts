// `newswatch import PATH...`: files, folders (recursively) or - for stdin, any format.
import type { Command } from 'commander';
import { importBytes, importFile, listImportFiles, type FileImportResult } from '../../pipeline/index.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';
import { analyzePending } from '../../pipeline/index.ts';
import { loadItemAnalyzer, withAnalysisOptions, type AnalysisFlags } from '../analysis-setup.ts';
import { Progress } from '../progress.ts';

function describe(result: FileImportResult): string {
  if (!result.ok) return `${result.file}: error: ${result.error}`;
  const o = result.outcome;
  if (o.isKnownBytes) return `${result.file}: already imported (same bytes), nothing new`;
  const parts = [`${o.itemsNew} new`, `${o.itemsUpdated} updated`, `${o.itemsUnchanged} unchanged`];
  if (o.itemsRemoved) parts.push(`${o.itemsRemoved} removed`);
  if (o.duplicatesLinked) parts.push(`${o.duplicatesLinked} near-duplicates linked`);
  parts.push(`${o.warnings.length} warning${o.warnings.length === 1 ? '' : 's'}`);
  return `${result.file}: ${parts.join(', ')}`;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Adds `import` to program. */
export function registerImport(program: Command): void {
  withAnalysisOptions(
    withDbOption(
      program
        .command('import')
        .description(
          'import feed files (any format), folders recursively, or - for stdin; then analyse new items',
        )
        .argument('<paths...>', 'files, folders, or -')
        .option('--no-analyze', 'import only; analyse later with `newswatch reanalyze`'),
    ),
  ).action(async (paths: string[], flags: DbFlags & AnalysisFlags) => {
    const files = await listImportFiles(paths);
    const progress = new Progress(process.stderr, files.length);
    const analyze = flags.analyze === false ? null : await loadItemAnalyzer(flags);
    let failed = 0;
    await withStore(flags, async (store) => {
      for (const file of files) {
        const now = new Date();
        const result =
          file === '-'
            ? await importBytes(store, await readStdin(), '-', now)
            : await importFile(store, file, now);
        if (!result.ok) failed += 1;
        progress.clear();
        (result.ok ? process.stdout : process.stderr).write(`${describe(result)}\n`);
        progress.tick();
      }
      if (analyze) {
        const analysed = await analyzePending(store, analyze, () => new Date());
        if (analysed)
          process.stdout.write(
            `analysed ${analysed} item${analysed === 1 ? '' : 's'}: entities, themes, figures, stories\n`,
          );
      }
    });
    progress.clear();
    if (failed > 0) {
      process.stderr.write(`newswatch: ${failed} of ${files.length} files could not be imported\n`);
      process.exitCode = 1;
    }
  });
}
