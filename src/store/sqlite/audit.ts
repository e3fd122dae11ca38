// The audit log: every write through the server, with who and when. Append-only.
import type Database from 'better-sqlite3';
import type { AuditEntry, NewAuditEntry } from '../store.ts';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  details: string;
}

/** Appends an entry; returns its id. */
export function appendAudit(db: Database.Database, entry: NewAuditEntry): number {
  return Number(
    db
      .prepare('INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)')
      .run(entry.at, entry.actor, entry.action, entry.target, JSON.stringify(entry.details)).lastInsertRowid,
  );
}

/** Returns up to limit entries older than beforeId (all when null), newest first. */
export function listAudit(db: Database.Database, limit: number, beforeId: number | null): AuditEntry[] {
  return db
    .prepare<[number, number], AuditRow>('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?')
    .all(beforeId ?? Number.MAX_SAFE_INTEGER, limit)
    .map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      target: r.target,
      details: JSON.parse(r.details) as Record<string, unknown>,
    }));
}
