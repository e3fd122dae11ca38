// The feed and the item with nothing in them, the start of every adapter's result.
import type { ParsedFeed, ParsedItem } from '../../model/index.ts';

/** Returns an empty feed of unknown format, decoded with encoding. */
export function emptyFeed(encoding: string): ParsedFeed {
  return {
    format: 'unknown', version: null, encoding, title: null, titleDetail: null, link: null, links: [],
    description: null, subtitleDetail: null, id: null, language: null, updated: null, published: null,
    created: null, validity: null, authors: [], contributors: [], publisher: null, categories: [], rights: null,
    info: null, generator: null, image: null, icon: null, logo: null, cloud: null, textInput: null,
    newLocation: null, where: null, docs: null, ttl: null, itunes: null, license: null, extensions: {}, items: [],
    warnings: [], bozo: false,
  };
}

/** Returns an item with nothing known but its id. */
export function emptyItem(id: string): ParsedItem {
  return {
    id, guid: null, title: null, titleDetail: null, link: null, links: [], published: null, updated: null,
    created: null, expired: null, validity: null, authors: [], contributors: [], publisher: null, categories: [],
    summary: null, summaryDetail: null, content: [], contentHtml: null, text: '', enclosures: [], media: [],
    thumbnails: [], credits: [], mediaRestriction: null, language: null, comments: null, rights: null, source: null, itunes: null, license: null,
    where: null, chapters: null, extensions: {}, truncated: false,
  };
}
