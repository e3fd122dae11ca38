// Opaque cursors: base64url JSON of where the next page starts, bound to the request it came
// from (a cursor from one search cannot be replayed on another).
import { createHash } from 'node:crypto';
import { AppError } from '../model/index.ts';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;

interface CursorBody {
  readonly v: number | string;
  readonly s: string;
}

/** Returns a short fingerprint of the parameters a cursor is bound to. */
export function scopeOf(parts: ReadonlyArray<string | number | undefined | null>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);
}

/** Returns the opaque cursor for position within scope. */
export function encodeCursor(position: number | string, scope: string): string {
  return Buffer.from(JSON.stringify({ v: position, s: scope } satisfies CursorBody)).toString('base64url');
}

function parseBody(cursor: string): CursorBody | null {
  try {
    const body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorBody>;
    const isPosition = typeof body.v === 'number' || typeof body.v === 'string';
    return isPosition && typeof body.s === 'string' ? (body as CursorBody) : null;
  } catch {
    return null;
  }
}

/** Returns the position a cursor holds; throws input.bad_cursor for a foreign or broken one. */
export function decodeCursor(cursor: string, scope: string): number | string {
  const body = parseBody(cursor);
  if (!body || body.s !== scope) {
    throw new AppError('input.bad_cursor', 'api: the cursor is malformed or belongs to another request');
  }
  return body.v;
}

/** Returns the numeric position of an optional cursor, or null when absent. */
export function numericCursor(cursor: string | undefined, scope: string): number | null {
  if (cursor === undefined) return null;
  const v = decodeCursor(cursor, scope);
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new AppError('input.bad_cursor', 'api: the cursor is malformed or belongs to another request');
  }
  return v;
}

/** Returns the page and the cursor after it: fetch limit + 1 rows to know whether more follow. */
export function pageOf<T>(
  rows: readonly T[],
  limit: number,
  positionOf: (row: T) => number | string,
  scope: string,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const hasMore = rows.length > limit && last !== undefined;
  return { items, nextCursor: hasMore ? encodeCursor(positionOf(last), scope) : null };
}
