// `newswatch themes` (what the archive is about, over time) and `newswatch figures` (the
// numbers it cites, grouped by claim, with who said what).
import type { Command } from 'commander';
import type { FigureGroup } from '../../model/index.ts';
import { reportFigures } from '../../pipeline/index.ts';
import { parseDateOption } from '../date-option.ts';
import { positiveInt } from '../number-option.ts';
import { sparkline } from '../text-format.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';

interface ThemeFlags extends DbFlags {
  readonly since?: string;
  readonly json?: boolean;
}

interface FigureFlags extends DbFlags {
  readonly query?: string;
  readonly since?: string;
  readonly items: string;
  readonly json?: boolean;
}

async function themesCommand(flags: ThemeFlags): Promise<void> {
  const since = flags.since ? parseDateOption('since', flags.since, new Date()) : null;
  const themes = await withStore(flags, (store) => store.themeCounts(since));
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(themes, null, 2)}\n`);
    return;
  }
  if (themes.length === 0) {
    process.stdout.write('no item has a theme yet (themes are tagged when items are analysed)\n');
    return;
  }
  const width = Math.max(...themes.map((t) => t.label.length));
  const lines = themes.map((t) => {
    const days = `${t.perDay[0]?.day} to ${t.perDay.at(-1)?.day}`;
    return `${t.label.padEnd(width)} ${String(t.items).padStart(6)} item${t.items === 1 ? ' ' : 's'} ${sparkline(t.perDay.map((d) => d.count))}  ${days}  theme:${t.theme}`;
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}

function groupLines(g: FigureGroup): string[] {
  const values = g.values.map((v) => v.toLocaleString('en')).join(' / ');
  const head = `${g.countedKey} (${g.unit === 'currency' ? (g.figures[0]?.figure.currency ?? 'money') : g.unit}): ${values}${g.isDisputed ? '  ⚠ sources disagree' : ''}`;
  return [
    head,
    ...g.figures.map(
      (f) =>
        `  #${f.itemId} ${f.published?.slice(0, 10) ?? '?'} ${f.source ?? ''}: “${f.figure.sentence.trim()}”`,
    ),
  ];
}

async function figuresCommand(flags: FigureFlags): Promise<void> {
  const report = await withStore(flags, (store) =>
    reportFigures(store, flags.query, {
      limit: positiveInt('items', flags.items),
      ...(flags.since ? { since: parseDateOption('since', flags.since, new Date()) } : {}),
    }),
  );
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const lines = [`${report.groups.length} claims in ${report.items} items`];
  for (const g of report.groups) lines.push('', ...groupLines(g));
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Adds `themes` and `figures` to program. */
export function registerTopics(program: Command): void {
  withDbOption(program.command('themes').description('what items are about: counts per theme over time'))
    .option('--since <date>', 'only items since (date or span: 30d)')
    .option('--json', 'print JSON (items per day for each theme)')
    .action(themesCommand);
  withDbOption(
    program
      .command('figures')
      .description(
        'numbers the reporting cites, grouped by claim, with who reported what and where they disagree',
      ),
  )
    .option('--query <q>', 'only items matching a search (same language as search)')
    .option('--since <date>', 'only items since (date or span: 30d)')
    .option('--items <n>', 'read the newest n items with figures', '2000')
    .option('--json', 'print JSON')
    .action(figuresCommand);
}
