// `newswatch search QUERY`: full-text search with the query language, ranked or by date.
import type { Command } from 'commander';
import { AppError, asFeedId, type SearchResult } from '../../model/index.ts';
import { runSearch } from '../../pipeline/index.ts';
import { parseDateOption } from '../date-option.ts';
import { positiveInt } from '../number-option.ts';
import { snippetToHtml, snippetToTerminal } from '../snippet.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';

interface SearchFlags extends DbFlags {
  readonly since?: string;
  readonly until?: string;
  readonly feed?: string;
  readonly limit: string;
  readonly sort: string;
  readonly json?: boolean;
}

function printText(query: string, result: SearchResult): void {
  const isTty = Boolean(process.stdout.isTTY);
  const count = result.isTotalCapped
    ? `${result.total.toLocaleString('en')}+ results`
    : `${result.total.toLocaleString('en')} result${result.total === 1 ? '' : 's'}`;
  const ranked = result.rankedAmongNewest
    ? ` (the most relevant among the newest ${result.rankedAmongNewest.toLocaleString('en')})`
    : '';
  const out = [`${count} for ${JSON.stringify(query)}${ranked}`];
  result.hits.forEach((hit, i) => {
    const also = hit.duplicates
      ? ` · also in ${hit.duplicates} source${hit.duplicates === 1 ? '' : 's'}`
      : hit.copyOf
        ? ` · copy of #${hit.copyOf}`
        : '';
    out.push(`${String(i + 1).padStart(3)}. ${hit.title ?? '(untitled)'}`);
    out.push(`     ${hit.source} · ${hit.published.slice(0, 10)} · #${hit.itemId}${also}`);
    if (hit.snippet) out.push(`     ${snippetToTerminal(hit.snippet, isTty)}`);
  });
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Adds `search` to program. */
export function registerSearch(program: Command): void {
  withDbOption(
    program
      .command('search')
      .description(
        'search the archive: words, "phrases", AND/OR/NOT, (groups), prefix*, title:, source:, entity:, theme:',
      )
      .argument('<query>', 'the query')
      .option('--since <date>', 'only items published since (2022-09-01, or 7d, 12h, 2w)')
      .option('--until <date>', 'only items published before')
      .option('--feed <id>', 'only items of this feed')
      .option('--limit <n>', 'number of hits', '20')
      .option('--sort <order>', 'relevance or date', 'relevance')
      .option('--json', 'print JSON: {total, isTotalCapped, rankedAmongNewest, hits:[...]}'),
  ).action(async (query: string, flags: SearchFlags) => {
    if (flags.sort !== 'relevance' && flags.sort !== 'date') {
      throw new AppError('usage.bad_sort', `--sort: '${flags.sort}' is not relevance or date`);
    }
    const now = new Date();
    const result = await withStore(flags, (store) =>
      runSearch(store, query, {
        limit: positiveInt('limit', flags.limit),
        sort: flags.sort as 'relevance' | 'date',
        ...(flags.since ? { since: parseDateOption('since', flags.since, now) } : {}),
        ...(flags.until ? { until: parseDateOption('until', flags.until, now) } : {}),
        ...(flags.feed ? { feedId: asFeedId(positiveInt('feed', flags.feed)) } : {}),
      }),
    );
    if (flags.json) {
      const hits = result.hits.map((h) => ({
        ...h,
        snippet: snippetToHtml(h.snippet),
        score: Math.round(h.score * 1000) / 1000,
      }));
      const { total, isTotalCapped, rankedAmongNewest } = result;
      process.stdout.write(`${JSON.stringify({ total, isTotalCapped, rankedAmongNewest, hits }, null, 2)}\n`);
    } else {
      printText(query, result);
    }
  });
}
