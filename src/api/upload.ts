// Reading uploaded files: multipart form fields named `file` (one or more), or a raw body.
import type { Context } from 'hono';
import { AppError } from '../model/index.ts';
import type { UploadedFile } from './jobs.ts';

const MULTIPART = /^multipart\/form-data/i;

/** Returns a file name safe to show and to record: its last path segment, printable, short. */
export function safeFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .trim()
    .slice(0, 120);
  return clean && !/^\.+$/.test(clean) ? clean : fallback;
}

/** Returns the uploaded files of a multipart request, or its raw body named by `?name=`. */
export async function readUploads(c: Context): Promise<UploadedFile[]> {
  if (MULTIPART.test(c.req.header('content-type') ?? '')) {
    const form = await c.req.parseBody({ all: true });
    const fields = form['file'];
    const files = (Array.isArray(fields) ? fields : [fields]).filter((f): f is File => f instanceof File);
    return Promise.all(
      files.map(async (f, i) => ({
        name: safeFileName(f.name, `upload-${i + 1}`),
        bytes: new Uint8Array(await f.arrayBuffer()),
      })),
    );
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return bytes.byteLength ? [{ name: safeFileName(c.req.query('name'), 'upload'), bytes }] : [];
}

/** Returns the uploaded files; throws input.no_file when there are none. */
export async function requireUploads(c: Context): Promise<UploadedFile[]> {
  const files = await readUploads(c);
  if (!files.length || files.every((f) => f.bytes.byteLength === 0)) {
    throw new AppError(
      'input.no_file',
      'api: no file in the request (send multipart `file` fields or a raw body)',
    );
  }
  return files;
}
