// parse/: bytes in, a typed feed out. Pure: no I/O, no clock, no config.
import type { ParsedFeed, ParseOptions } from '../model/index.ts';

/** Returns the feed read from bytes (work in progress: recognises nothing yet). */
export function parseFeed(_bytes: Uint8Array, _options: ParseOptions): ParsedFeed {
  return {
    format: 'unknown', version: null, encoding: 'utf-8', title: null, titleDetail: null, link: null,
    links: [], description: null, subtitleDetail: null, id: null, language: null, updated: null,
    published: null, authors: [], contributors: [], publisher: null, categories: [], rights: null,
    generator: null, image: null, icon: null, docs: null, ttl: null, itunes: null, items: [],
    warnings: [{ code: 'parse.unsupported', message: 'parser not written yet' }], bozo: true,
  };
}
