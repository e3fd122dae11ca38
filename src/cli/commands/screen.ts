// `newswatch screen WATCHLIST`: every entry against the archive, as JSON, CSV or printable
// HTML; and `newswatch match confirm|reject` to record an analyst's verdict on a match.
import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { screeningCsv, screeningHtml } from '../../export/index.ts';
import { AppError, type ScreeningReport } from '../../model/index.ts';
import { entryRefOf, screenWatchlist } from '../../pipeline/index.ts';
import { entryThemesLine } from '../../screen/index.ts';
import { parseDateOption } from '../date-option.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';
import { findEntity } from './entities.ts';
import { plural } from '../text-format.ts';

interface ScreenFlags extends DbFlags {
  readonly since?: string;
  readonly format: string;
  readonly out?: string;
}

function textSummary(r: ScreeningReport): string {
  const lines = [
    `${r.watchlist.name}: ${plural(r.summary.entries, 'entry').replace('entrys', 'entries')}, ${r.summary.withMatches} with matches, ${plural(r.coverage.items, 'item')} searched from ${plural(r.coverage.feeds.length, 'feed')}`,
  ];
  for (const e of r.entries) {
    for (const m of e.matches) {
      lines.push(
        `  line ${e.entry.line} ${e.entry.name} ~ #${m.entity.id} ${m.entity.name} (${m.match.score.toFixed(2)}, ${plural(m.entity.itemCount, 'item')}, ${plural(m.outlets, 'outlet')})${m.decision ? ` [${m.decision.decision}]` : ''}`,
      );
    }
    if (e.themes.length) lines.push(`    themes: ${entryThemesLine(e.themes)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function screenCommand(ref: string, flags: ScreenFlags): Promise<void> {
  if (!['json', 'csv', 'html', 'text'].includes(flags.format))
    throw new AppError('usage.bad_format', `--format: '${flags.format}' is not json, csv, html or text`);
  const now = new Date();
  const since = flags.since ? parseDateOption('since', flags.since, now) : null;
  const report = await withStore(flags, (store) => screenWatchlist(store, ref, { since, now }));
  const body =
    flags.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : flags.format === 'csv'
        ? screeningCsv(report)
        : flags.format === 'html'
          ? screeningHtml(report)
          : textSummary(report);
  if (flags.out) await writeFile(flags.out, body);
  else process.stdout.write(body);
  if (flags.out)
    process.stderr.write(`${textSummary(report).split('\n')[0]}\nreport written to ${flags.out}\n`);
}

async function decideCommand(
  decision: 'confirmed' | 'rejected',
  listRef: string,
  entryName: string,
  entityRef: string,
  flags: DbFlags & { reason?: string; by?: string },
): Promise<void> {
  await withStore(flags, async (store) => {
    const list = await store.getWatchlist(listRef);
    if (!list) throw new AppError('input.not_found', `match: no watchlist "${listRef}"`);
    const entry = (await store.watchlistEntries(list.id)).find(
      (e) => e.name === entryName || e.identifier === entryName || String(e.line) === entryName,
    );
    if (!entry)
      throw new AppError(
        'input.not_found',
        `match: no entry "${entryName}" in "${list.name}" (give its name, identifier or line)`,
      );
    const entity = await store.getEntity(await findEntity(store, entityRef));
    if (!entity) throw new AppError('input.not_found', `match: no entity "${entityRef}"`);
    await store.recordMatchDecision({
      entryRef: entryRefOf(list, entry),
      entityKey: entity.entity.key,
      decision,
      reason: flags.reason ?? null,
      actor: flags.by ?? `cli:${userInfo().username}`,
      at: new Date().toISOString(),
    });
    process.stdout.write(`${decision}: "${entry.name}" ~ "${entity.entity.name}"\n`);
  });
}

/** Adds `screen` and `match` to program. */
export function registerScreen(program: Command): void {
  withDbOption(
    program
      .command('screen')
      .description('screen a watchlist against the archive: matches, reasons, evidence, coverage')
      .argument('<watchlist>'),
  )
    .option('--since <date>', 'only evidence published since (2022-01-01, or 90d)')
    .option('--format <f>', 'text, json, csv or html', 'text')
    .option('--out <file>', 'write the report to a file')
    .action(screenCommand);
  const match = program
    .command('match')
    .description("record an analyst's verdict on a match (applied again in later screenings)");
  for (const [verb, decision] of [
    ['confirm', 'confirmed'],
    ['reject', 'rejected'],
  ] as const) {
    withDbOption(
      match
        .command(verb)
        .description(`${verb} that a watchlist entry is this entity`)
        .argument('<watchlist>')
        .argument('<entry>', 'entry name, identifier or line')
        .argument('<entity>', 'entity name or #id'),
    )
      .option('--reason <text>', 'why (recorded)')
      .option('--by <name>', 'who decides (recorded)')
      .action(
        (list: string, entry: string, entity: string, flags: DbFlags & { reason?: string; by?: string }) =>
          decideCommand(decision, list, entry, entity, flags),
      );
  }
}
