// The import use case, top to bottom: read bytes, parse, prepare, store. One result per file:
// a bad file is reported and skipped, the rest imports.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { ParsedFeed } from '../model/index.ts';
import { isAppError } from '../model/index.ts';
import { parseFeed } from '../parse/index.ts';
import { prepareItems } from '../process/index.ts';
import type { FeedInput, ImportOutcome, Store } from '../store/index.ts';

export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export type FileImportResult =
  | { readonly ok: true; readonly file: string; readonly outcome: ImportOutcome; readonly format: string }
  | { readonly ok: false; readonly file: string; readonly error: string };

const isHttp = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

/** Returns the feed a file belongs to: its self link, else its site link, else the file. */
export function feedOfFile(parsed: ParsedFeed, fileUrl: string, fileName: string): FeedInput {
  const self = parsed.links.find((l) => l.rel === 'self')?.href ?? null;
  const url = isHttp(self) ? self : isHttp(parsed.link) ? parsed.link : fileUrl;
  return {
    url,
    kind: 'file',
    title: parsed.title ?? fileName,
    siteUrl: isHttp(parsed.link) ? parsed.link : null,
  };
}

/** Imports bytes that came from source (a file path, or '-' for stdin). */
export async function importBytes(
  store: Store,
  bytes: Uint8Array,
  source: string,
  now: Date,
): Promise<FileImportResult> {
  const fileUrl = source === '-' ? 'file:///dev/stdin' : pathToFileURL(source).href;
  const parsed = parseFeed(bytes, { url: fileUrl, now });
  if (parsed.format === 'unknown') {
    return { ok: false, file: source, error: parsed.warnings.at(-1)?.message ?? 'parse: no feed found' };
  }
  try {
    const outcome = await store.importFeed({
      feed: feedOfFile(parsed, fileUrl, source.split('/').pop() ?? source),
      raw: { source: fileUrl, fetchedAt: now.toISOString(), bytes, httpStatus: null, httpHeaders: null },
      parsed,
      items: prepareItems(parsed),
      skipKnownBytes: 'ever',
    });
    return { ok: true, file: source, outcome, format: parsed.format };
  } catch (err) {
    if (isAppError(err)) return { ok: false, file: source, error: err.message };
    throw err;
  }
}

/** Imports one file; an unreadable or oversized file is a result, not an exception. */
export async function importFile(store: Store, path: string, now: Date): Promise<FileImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return {
      ok: false,
      file: path,
      error: `import: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    };
  }
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, file: path, error: `import: ${path} is larger than ${MAX_IMPORT_BYTES} bytes` };
  }
  return importBytes(store, bytes, path, now);
}
