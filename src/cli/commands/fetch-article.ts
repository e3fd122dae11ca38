// `newswatch fetch-article ITEM_ID`: fetch the article behind an excerpt and keep its text.
import type { Command } from 'commander';
import { AppError } from '../../model/index.ts';
import { fetchArticle } from '../../pipeline/index.ts';
import { withFetchOptions, withFetcher, type FetchFlags } from '../fetch-option.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';

/** Adds `fetch-article` to program. */
export function registerFetchArticle(program: Command): void {
  withFetchOptions(
    withDbOption(
      program
        .command('fetch-article')
        .description("fetch an item's article page and store its full text as a new version")
        .argument('<item-id>'),
    ),
  ).action(async (id: string, flags: DbFlags & FetchFlags) => {
    const itemId = Number(id.replace(/^#/, ''));
    if (!Number.isInteger(itemId) || itemId < 1)
      throw new AppError('usage.bad_id', `fetch-article: '${id}' is not an item number`);
    const result = await withStore(flags, (store) =>
      withFetcher(flags, (fetcher) => fetchArticle(store, fetcher, itemId)),
    );
    if (!result.ok) throw new AppError('fetch.article', result.message, { itemId });
    process.stdout.write(`#${itemId}: ${result.message}\n`);
  });
}
