// Every subcommand, each in its own file.
import type { Command } from 'commander';
import { registerParse } from './parse.ts';
import { registerAnalyze } from './analyze.ts';
import { registerImport } from './import.ts';
import { registerSearch } from './search.ts';
import { registerShow } from './show.ts';
import { registerExport } from './export.ts';
import { registerFeeds } from './feeds.ts';
import { registerPoll } from './poll.ts';
import { registerFetchArticle } from './fetch-article.ts';
import { registerEntities } from './entities.ts';
import { registerWatchlist } from './watchlist.ts';
import { registerScreen } from './screen.ts';
import { registerAlerts } from './alerts.ts';
import { registerStories } from './stories.ts';
import { registerTopics } from './topics.ts';
import { registerServe } from './serve.ts';
import { registerUsers } from './users.ts';
import { registerKeys } from './keys.ts';

/** Adds every subcommand to program. */
export function registerCommands(program: Command): void {
  registerParse(program);
  registerImport(program);
  registerSearch(program);
  registerShow(program);
  registerExport(program);
  registerFeeds(program);
  registerPoll(program);
  registerFetchArticle(program);
  registerEntities(program);
  registerWatchlist(program);
  registerScreen(program);
  registerStories(program);
  registerTopics(program);
  registerAlerts(program);
  registerAnalyze(program);
  registerServe(program);
  registerUsers(program);
  registerKeys(program);
}
