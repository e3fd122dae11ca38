// Opens (creating if needed) an SQLite database in WAL mode and migrates it.
import Database from 'better-sqlite3';
import { AppError } from '../../model/index.ts';
import { migrate } from './migrate.ts';

/** Returns an open, migrated database at path (':memory:' for a throwaway one). */
export function openDatabase(path: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (err) {
    throw new AppError(
      'store.open',
      `store: cannot open database ${path}: ${(err as Error).message}`,
      { path },
      { cause: err },
    );
  }
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 15000'); // a busy database waits instead of failing
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536');
  // Checkpoint less often: each checkpoint syncs to disk, and many small imports commit often.
  db.pragma('wal_autocheckpoint = 8000');
  try {
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
