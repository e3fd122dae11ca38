// The feed with nothing in it, the start of every adapter's result.
import type { ParsedFeed } from '../../model/index.ts';

/** Returns an empty feed of unknown format, decoded with encoding. */
export function emptyFeed(encoding: string): ParsedFeed {
  return {
    format: 'unknown', version: null, encoding, title: null, titleDetail: null, link: null, links: [],
    description: null, subtitleDetail: null, id: null, language: null, updated: null, published: null,
    authors: [], contributors: [], publisher: null, categories: [], rights: null, info: null, generator: null,
    image: null, icon: null, docs: null, ttl: null, itunes: null, license: null, extensions: {}, items: [],
    warnings: [], bozo: false,
  };
}
