// store/: the archive. One interface (store.ts); SQLite is the embedded default. Only this
// folder imports a database driver.
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export type * from './store.ts';

/** Returns the store at location: an SQLite file path (or ':memory:'). */
export function openStore(location: string): Store {
  return SqliteStore.open(location);
}
