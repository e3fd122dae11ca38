// Removing users and changing their roles. A removed user's row stays (disabled), so the name
// in the audit log and on analysts' decisions keeps meaning one person; their keys are revoked
// and their sessions ended in the same transaction. The last live admin can be neither removed
// nor demoted: someone must be able to manage the others.
import type Database from 'better-sqlite3';
import { AppError } from '../../model/index.ts';
import type { Role, UserRecord } from '../store.ts';
import { toUser, userRow, type UserRow } from './users.ts';

function liveUserRow(db: Database.Database, name: string): UserRow | null {
  const row = userRow(db, 'name', name);
  return row && row.disabled_at === null ? row : null;
}

function refuseLastAdmin(db: Database.Database, row: UserRow, doing: string): void {
  if (row.role !== 'admin') return;
  const admins = db
    .prepare<[], { n: number }>(
      `SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL`,
    )
    .get();
  if ((admins?.n ?? 0) <= 1) {
    throw new AppError('input.last_admin', `users: ${row.name} is the last admin and cannot be ${doing}`, {
      user: row.name,
    });
  }
}

/** Disables the live user named name, revokes their keys and ends their sessions; returns them, or null when there is no such live user. */
export function removeUser(db: Database.Database, name: string, now: string): UserRecord | null {
  return db.transaction(() => {
    const row = liveUserRow(db, name);
    if (!row) return null;
    refuseLastAdmin(db, row, 'removed');
    db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(now, row.id);
    db.prepare('UPDATE api_keys SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(
      now,
      row.id,
    );
    db.prepare('DELETE FROM sessions WHERE user_id = ?').run(row.id);
    return toUser(userRow(db, 'id', row.id) as UserRow);
  })();
}

/** Gives the live user named name a role; returns them, or null when there is no such live user. */
export function setUserRole(db: Database.Database, name: string, role: Role): UserRecord | null {
  return db.transaction(() => {
    const row = liveUserRow(db, name);
    if (!row) return null;
    if (role !== 'admin') refuseLastAdmin(db, row, `made ${role}`);
    db.prepare('UPDATE users SET role = ? WHERE id = ?').run(role, row.id);
    return toUser(userRow(db, 'id', row.id) as UserRow);
  })();
}
