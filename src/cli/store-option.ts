// The database a command works on: --db, else NEWSWATCH_DB, else ./newswatch.db.
import type { Command } from 'commander';
import { openStore, type Store } from '../store/index.ts';

export const DEFAULT_DB = 'newswatch.db';

export interface DbFlags {
  readonly db?: string;
}

/** Adds the --db option to command. */
export function withDbOption(command: Command): Command {
  return command.option('--db <file>', `database file (default: $NEWSWATCH_DB or ./${DEFAULT_DB})`);
}

/** Returns the database path flags and the environment choose. */
export function databasePath(flags: DbFlags): string {
  return flags.db ?? process.env['NEWSWATCH_DB'] ?? DEFAULT_DB;
}

/** Runs fn with the store open, and closes it afterwards whatever happens. */
export async function withStore<T>(flags: DbFlags, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(databasePath(flags));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
