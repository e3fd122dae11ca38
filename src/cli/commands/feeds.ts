// `newswatch feeds add|list|remove|import-opml|export-opml`: the subscriptions poll follows.
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseOpml, writeOpml } from '../../fetch/index.ts';
import { AppError, asFeedId, type FeedRecord, type FeedUrlChange } from '../../model/index.ts';
import { findFeed } from '../../pipeline/index.ts';
import { parseDuration } from '../duration-option.ts';
import { withFetchOptions, withFetcher, type FetchFlags } from '../fetch-option.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';

interface AddFlags extends DbFlags, FetchFlags {
  readonly interval?: string;
  readonly fullText?: boolean;
}

type ListedFeed = FeedRecord & { readonly urlHistory: readonly FeedUrlChange[] };

function feedLine(f: ListedFeed): string {
  const error = f.lastErrorCode
    ? ` · last error ${f.lastErrorCode}: ${f.lastErrorMessage ?? ''} (${f.errorCount}×)`
    : '';
  const seen = f.lastSuccessAt ? `last success ${f.lastSuccessAt}` : 'never fetched';
  const removed = f.removedAt ? ' · removed' : '';
  const moves = f.urlHistory.map((h) => `\n    was ${h.oldUrl} until ${h.changedAt}`).join('');
  return `#${f.id} [${f.state}] ${f.title ?? '(untitled)'}\n    ${f.url}${moves}\n    ${f.itemCount} items · ${seen}${f.nextFetchAt && !f.removedAt ? ` · next ${f.nextFetchAt}` : ''}${error}${removed}`;
}

async function addCommand(url: string, flags: AddFlags): Promise<void> {
  const now = new Date();
  const found = await withFetcher(flags, (fetcher) => findFeed(fetcher, url, now));
  if (!found.ok) throw new AppError('fetch.not_a_feed', found.message, { url });
  const feed = await withStore(flags, (store) =>
    store.addFeed(
      {
        url: found.url,
        title: found.title,
        siteUrl: found.siteUrl,
        intervalSeconds: flags.interval ? parseDuration('interval', flags.interval) : null,
        fetchFullText: flags.fullText === true,
      },
      now.toISOString(),
    ),
  );
  process.stdout.write(`added feed #${feed.id}: ${feed.title ?? feed.url}\n    ${feed.url}\n`);
  for (const other of found.alternatives) process.stdout.write(`    (the page also links to ${other})\n`);
}

async function importOpmlCommand(file: string, flags: DbFlags): Promise<void> {
  const opml = parseOpml(await readFile(file, 'utf8'));
  for (const problem of opml.problems) process.stderr.write(`${file}:${problem.line}: ${problem.message}\n`);
  const now = new Date().toISOString();
  let added = 0;
  await withStore(flags, async (store) => {
    for (const f of opml.feeds) {
      const existing = await store.getFeedByUrl(f.url);
      if (existing && existing.removedAt === null && existing.kind === 'http') continue;
      await store.addFeed({ url: f.url, title: f.title, siteUrl: f.htmlUrl }, now);
      added += 1;
    }
  });
  process.stdout.write(
    `${file}: ${added} feeds added, ${opml.feeds.length - added} already followed, ${opml.problems.length} problems\n`,
  );
}

/** Adds `feeds` and its subcommands to program. */
export function registerFeeds(program: Command): void {
  const feeds = program.command('feeds').description('the feeds newswatch follows');
  withFetchOptions(
    withDbOption(
      feeds
        .command('add')
        .description('follow a feed, given its URL or a page that links to it')
        .argument('<url>'),
    ),
  )
    .option(
      '--interval <duration>',
      'poll every (30m, 2h, 1d); default: adapts to how often the feed publishes',
    )
    .option('--full-text', 'fetch the article page of items that carry only an excerpt')
    .action(addCommand);
  withDbOption(feeds.command('list').description('list followed feeds with their state and errors'))
    .option('--json', 'print JSON')
    .option('--all', 'include removed feeds')
    .action(async (flags: DbFlags & { json?: boolean; all?: boolean }) => {
      const list: ListedFeed[] = await withStore(flags, async (store) => {
        const listed = (await store.listFeeds()).filter(
          (f) => flags.all || (f.kind === 'http' && f.removedAt === null),
        );
        // Each feed's former URLs, oldest change first: where it was before a permanent redirect moved it.
        return Promise.all(listed.map(async (f) => ({ ...f, urlHistory: await store.urlHistory(f.id) })));
      });
      process.stdout.write(
        flags.json
          ? `${JSON.stringify(list, null, 2)}\n`
          : list.map(feedLine).join('\n') + (list.length ? '\n' : 'no feeds followed\n'),
      );
    });
  withDbOption(
    feeds.command('remove').description('stop following a feed (its items stay)').argument('<id>'),
  ).action(async (id: string, flags: DbFlags) => {
    const removed = await withStore(flags, (store) =>
      store.removeFeed(asFeedId(Number(id)), new Date().toISOString()),
    );
    if (!removed) throw new AppError('input.not_found', `feeds: no followed feed #${id}`);
    process.stdout.write(`feed #${id} removed; its items stay in the archive\n`);
  });
  withDbOption(
    feeds.command('import-opml').description('follow the feeds of an OPML file').argument('<file>'),
  ).action(importOpmlCommand);
  withDbOption(feeds.command('export-opml').description('write the followed feeds as OPML 2.0'))
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (flags: DbFlags & { out?: string }) => {
      const list = (await withStore(flags, (store) => store.listFeeds())).filter(
        (f) => f.kind === 'http' && f.removedAt === null,
      );
      const opml = writeOpml(
        list.map((f) => ({ url: f.url, title: f.title, htmlUrl: f.siteUrl, categoryPath: [] })),
        { title: 'newswatch feeds', now: new Date() },
      );
      if (flags.out) await writeFile(flags.out, opml);
      else process.stdout.write(opml);
    });
}
