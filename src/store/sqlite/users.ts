// Users, API keys and login sessions. Secrets never reach this file: keys and session tokens
// arrive already hashed, passwords as scrypt strings (the server hashes them).
import type Database from 'better-sqlite3';
import { AppError } from '../../model/index.ts';
import type {
  ApiKeyRecord,
  KeyLookup,
  NewApiKey,
  NewSession,
  NewUser,
  Role,
  SessionLookup,
  UserLogin,
  UserRecord,
} from '../store.ts';

export interface UserRow {
  id: number;
  name: string;
  role: string;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

interface KeyRow {
  id: number;
  user_id: number;
  user_name: string;
  prefix: string;
  key_hash: string;
  label: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const KEY_SELECT = 'SELECT k.*, u.name AS user_name FROM api_keys k JOIN users u ON u.id = k.user_id';

export const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  hasPassword: r.password_hash !== null,
  createdAt: r.created_at,
  disabledAt: r.disabled_at,
});

const toKey = (r: KeyRow): ApiKeyRecord => ({
  id: r.id,
  userId: r.user_id,
  userName: r.user_name,
  prefix: r.prefix,
  label: r.label,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export function userRow(db: Database.Database, where: string, value: string | number): UserRow | undefined {
  return db.prepare<[string | number], UserRow>(`SELECT * FROM users WHERE ${where} = ?`).get(value);
}

/** Adds a user; returns it. Throws AppError('input.user_exists') when the name is taken. */
export function addUser(db: Database.Database, user: NewUser, now: string): UserRecord {
  if (userRow(db, 'name', user.name)) {
    throw new AppError('input.user_exists', `users: there is already a user named ${user.name}`);
  }
  const id = db
    .prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)')
    .run(user.name, user.role, user.passwordHash, now).lastInsertRowid;
  return toUser(userRow(db, 'id', Number(id)) as UserRow);
}

/** Returns the user with this name, or null. */
export function userByName(db: Database.Database, name: string): UserRecord | null {
  const row = userRow(db, 'name', name);
  return row ? toUser(row) : null;
}

/** Returns the user with this name and its password hash, or null. */
export function userLogin(db: Database.Database, name: string): UserLogin | null {
  const row = userRow(db, 'name', name);
  return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
}

/** Returns every user, oldest first. */
export function listUsers(db: Database.Database): UserRecord[] {
  return db.prepare<[], UserRow>('SELECT * FROM users ORDER BY id').all().map(toUser);
}

/** Adds an API key (its secret already hashed); returns it. */
export function addApiKey(db: Database.Database, key: NewApiKey, now: string): ApiKeyRecord {
  db.prepare(
    'INSERT INTO api_keys (user_id, prefix, key_hash, label, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(key.userId, key.prefix, key.keyHash, key.label, now);
  return toKey(db.prepare<[string], KeyRow>(`${KEY_SELECT} WHERE k.prefix = ?`).get(key.prefix) as KeyRow);
}

/** Returns the key with this prefix, its hash and its user, or null. */
export function keyByPrefix(db: Database.Database, prefix: string): KeyLookup | null {
  const row = db.prepare<[string], KeyRow>(`${KEY_SELECT} WHERE k.prefix = ?`).get(prefix);
  if (!row) return null;
  return { key: toKey(row), keyHash: row.key_hash, user: toUser(userRow(db, 'id', row.user_id) as UserRow) };
}

/** Returns every API key (never its hash), newest first. */
export function listApiKeys(db: Database.Database): ApiKeyRecord[] {
  return db.prepare<[], KeyRow>(`${KEY_SELECT} ORDER BY k.id DESC`).all().map(toKey);
}

/** Records that a key was used at now. */
export function touchApiKey(db: Database.Database, id: number, now: string): void {
  db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?').run(now, id);
}

/** Revokes the key with this prefix; returns false when there is no such live key. */
export function revokeApiKey(db: Database.Database, prefix: string, now: string): boolean {
  return (
    db.prepare('UPDATE api_keys SET revoked_at = ? WHERE prefix = ? AND revoked_at IS NULL').run(now, prefix)
      .changes === 1
  );
}

/** Returns true when someone could sign in: a live user with a password or a live key. */
export function hasCredentials(db: Database.Database): boolean {
  const row = db
    .prepare<[], { n: number }>(
      `SELECT count(*) AS n FROM users u WHERE u.disabled_at IS NULL AND (u.password_hash IS NOT NULL
         OR EXISTS (SELECT 1 FROM api_keys k WHERE k.user_id = u.id AND k.revoked_at IS NULL))`,
    )
    .get();
  return (row?.n ?? 0) > 0;
}

/** Stores a login session under the hash of its token. */
export function addSession(db: Database.Database, session: NewSession): void {
  db.prepare(
    'INSERT INTO sessions (id, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  ).run(session.idHash, session.userId, session.csrfToken, session.createdAt, session.expiresAt);
}

/** Returns the live session with this token hash and its user, or null (expired ones are deleted). */
export function sessionByHash(db: Database.Database, idHash: string, now: string): SessionLookup | null {
  db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
  const row = db
    .prepare<[string], { user_id: number; csrf_token: string; expires_at: string }>(
      'SELECT user_id, csrf_token, expires_at FROM sessions WHERE id = ?',
    )
    .get(idHash);
  const user = row ? userRow(db, 'id', row.user_id) : undefined;
  if (!row || !user || user.disabled_at !== null) return null;
  return { user: toUser(user), csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

/** Deletes a session; returns false when there was none. */
export function removeSession(db: Database.Database, idHash: string): boolean {
  return db.prepare('DELETE FROM sessions WHERE id = ?').run(idHash).changes === 1;
}
