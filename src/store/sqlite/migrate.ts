// Applies pending migrations, each in its own immediate transaction with its version row.
import type Database from 'better-sqlite3';
import { AppError } from '../../model/index.ts';
import { MIGRATIONS } from './migrations.ts';

function currentVersion(db: Database.Database): number {
  const row = db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations').get();
  return row?.v ?? 0;
}

/** Brings the schema up to date; returns the versions it applied. */
export function migrate(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const known = MIGRATIONS.at(-1)?.version ?? 0;
  if (currentVersion(db) > known) {
    throw new AppError(
      'store.schema_too_new',
      `store: the database was written by a newer newswatch (schema ${currentVersion(db)} > ${known})`,
    );
  }
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      if (currentVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      applied.push(migration.version);
    }).immediate();
  }
  return applied;
}
