// Raw bytes, content-addressed by sha256 and gzip-compressed when that saves space: the same
// bytes are stored once however often they are fetched.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';

/** Returns the hex sha256 of bytes. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stores bytes under their sha256 unless already there; returns the sha256. */
export function putBlob(db: Database.Database, bytes: Uint8Array, sha256: string): void {
  const exists = db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(sha256);
  if (exists) return;
  const gz = gzipSync(bytes, { level: 6 });
  const isSmaller = gz.byteLength < bytes.byteLength;
  db.prepare('INSERT INTO blobs (sha256, size, encoding, data) VALUES (?, ?, ?, ?)').run(
    sha256,
    bytes.byteLength,
    isSmaller ? 'gzip' : 'identity',
    isSmaller ? gz : Buffer.from(bytes),
  );
}

/** Returns the bytes stored under sha256, or null. */
export function getBlob(db: Database.Database, sha256: string): Uint8Array | null {
  const row = db
    .prepare<[string], { encoding: string; data: Buffer }>(
      'SELECT encoding, data FROM blobs WHERE sha256 = ?',
    )
    .get(sha256);
  if (!row) return null;
  return row.encoding === 'gzip' ? gunzipSync(row.data) : row.data;
}
