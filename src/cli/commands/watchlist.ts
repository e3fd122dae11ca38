// `newswatch watchlist import|list|show|remove`: the names to screen the archive for.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError, type StoredWatchlist } from '../../model/index.ts';
import { parseFtmJsonLines, parseWatchlistCsv } from '../../screen/index.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';

/** Returns the format of a watchlist file, judged from its first character: FTM lines start with '{'. */
function formatOf(text: string): 'csv' | 'ftm' {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'ftm'
    : 'csv';
}

async function importCommand(file: string, flags: DbFlags & { name?: string }): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new AppError(
      'input.unreadable',
      `watchlist: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  const format = formatOf(text);
  const parsed = format === 'ftm' ? parseFtmJsonLines(text) : parseWatchlistCsv(text);
  for (const p of parsed.problems) process.stderr.write(`${file}:${p.line}: ${p.message}\n`);
  if (parsed.entries.length === 0)
    throw new AppError('input.empty_watchlist', `watchlist: ${file} has no usable entries`);
  const name = flags.name ?? basename(file).replace(/\.[^.]+$/, '');
  const list = await withStore(flags, (store) =>
    store.saveWatchlist({ name, source: file, format, entries: parsed.entries }, new Date().toISOString()),
  );
  process.stdout.write(
    `watchlist "${list.name}": ${list.entryCount} entries imported, ${parsed.problems.length} rows skipped\n`,
  );
}

async function findList(flags: DbFlags, ref: string): Promise<StoredWatchlist> {
  const list = await withStore(flags, (store) => store.getWatchlist(ref));
  if (!list) throw new AppError('input.not_found', `watchlist: no watchlist "${ref}"`);
  return list;
}

/** Adds `watchlist` and its subcommands to program. */
export function registerWatchlist(program: Command): void {
  const watchlist = program
    .command('watchlist')
    .description('the names (companies, people) to screen the archive for');
  withDbOption(
    watchlist
      .command('import')
      .description('import a CSV (name, aliases, country, identifier, notes) or FollowTheMoney JSON lines')
      .argument('<file>'),
  )
    .option('--name <name>', "the watchlist's name (default: the file name); importing again replaces it")
    .action(importCommand);
  withDbOption(watchlist.command('list').description('list watchlists')).action(async (flags: DbFlags) => {
    const lists = await withStore(flags, (store) => store.listWatchlists());
    process.stdout.write(
      lists
        .map((l) => `#${l.id} ${l.name}: ${l.entryCount} entries (${l.format}, from ${l.source})`)
        .join('\n') + (lists.length ? '\n' : 'no watchlists\n'),
    );
  });
  withDbOption(watchlist.command('show').description("show a watchlist's entries").argument('<name>'))
    .option('--json', 'print JSON')
    .action(async (ref: string, flags: DbFlags & { json?: boolean }) => {
      const list = await findList(flags, ref);
      const entries = await withStore(flags, (store) => store.watchlistEntries(list.id));
      if (flags.json) process.stdout.write(`${JSON.stringify({ ...list, entries }, null, 2)}\n`);
      else
        process.stdout.write(
          entries
            .map(
              (e) =>
                `${String(e.line).padStart(5)}  ${e.name}${e.aliases.length ? ` (${e.aliases.join('; ')})` : ''}${e.countries.length ? ` [${e.countries.join(', ')}]` : ''}`,
            )
            .join('\n') + '\n',
        );
    });
  withDbOption(
    watchlist
      .command('remove')
      .description('delete a watchlist (decisions about its matches are kept)')
      .argument('<name>'),
  ).action(async (ref: string, flags: DbFlags) => {
    const list = await findList(flags, ref);
    await withStore(flags, (store) => store.removeWatchlist(list.id));
    process.stdout.write(`watchlist "${list.name}" removed\n`);
  });
}
