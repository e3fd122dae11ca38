// JSON Feed 1.0 and 1.1. Spec: https://www.jsonfeed.org/version/1.1/
import { z } from 'zod';
import type { ParsedFeed, ParsedItem, ParseWarning, Person, TextConstruct } from '../../model/index.ts';
import { joinUrl } from '../urls.ts';
import { readDateValue } from './date-handlers.ts';
import { createIdentityAssigner } from './item-identity.ts';
import { emptyFeed, emptyItem } from './empty-feed.ts';
import { htmlConstruct, plainText } from './text-construct.ts';
import { isTruncated } from './truncation.ts';

const text = z.string().optional().catch(undefined);
const author = z.object({ name: text, url: text, avatar: text }).partial();
const authors = z.array(author).optional().catch(undefined);
const attachment = z.object({
  url: z.string(),
  mime_type: text,
  title: text,
  size_in_bytes: z.number().optional().catch(undefined),
});
const item = z.object({
  id: z.union([z.string(), z.number()]).optional().catch(undefined),
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  image: text,
  date_published: text,
  date_modified: text,
  author: author.optional().catch(undefined),
  authors,
  tags: z.array(z.string()).optional().catch(undefined),
  language: text,
  attachments: z.array(attachment).optional().catch(undefined),
});
const feed = z.object({
  version: z.string(),
  title: text,
  home_page_url: text,
  feed_url: text,
  description: text,
  icon: text,
  favicon: text,
  language: text,
  author: author.optional().catch(undefined),
  authors,
  items: z.array(z.unknown()),
});

type JsonItem = z.infer<typeof item>;

/** Returns true when value looks like a JSON Feed document. */
export function isJsonFeed(value: unknown): boolean {
  const feed = value as { version?: unknown; items?: unknown } | null;
  if (typeof feed?.version !== 'string') return false;
  // The spec wants the version URL; some feeds write only its number.
  return (
    feed.version.includes('jsonfeed.org') || (/^1(\.\d+)?$/.test(feed.version) && Array.isArray(feed.items))
  );
}

function people(
  single: z.infer<typeof author> | undefined,
  many: Array<z.infer<typeof author>> | undefined,
): Person[] {
  return [...(many ?? []), ...(single && !many ? [single] : [])].map((a) => ({
    name: a.name ?? null,
    email: null,
    uri: a.url ?? null,
  }));
}

function toItem(
  raw: JsonItem,
  base: string,
  env: { warnings: ParseWarning[] },
  feedLanguage: string | null,
): ParsedItem {
  const language = raw.language ?? feedLanguage;
  const link = raw.url ? joinUrl(base, raw.url) : null;
  const html = raw.content_html ? htmlConstruct(raw.content_html, 'text/html', language, link ?? base) : null;
  const plain: TextConstruct | null = raw.content_text
    ? { value: raw.content_text, type: 'text/plain', language, base: null }
    : null;
  const summary: TextConstruct | null = raw.summary
    ? { value: raw.summary, type: 'text/plain', language, base: null }
    : null;
  const content = [html, plain].filter((c): c is TextConstruct => c !== null);
  const textBody = html ? plainText(html) : (plain?.value ?? summary?.value ?? '');
  const isEnv = { isAtom: false, isAtom10: false, warnings: env.warnings };
  return {
    ...emptyItem(''),
    guid: raw.id === undefined ? null : String(raw.id),
    title: raw.title ?? null,
    titleDetail: raw.title ? { value: raw.title, type: 'text/plain', language, base: null } : null,
    link,
    links: link
      ? [{ href: link, rel: 'alternate', type: 'text/html', title: null, length: null, hreflang: null }]
      : [],
    published: raw.date_published ? readDateValue(raw.date_published, isEnv) : null,
    updated: raw.date_modified ? readDateValue(raw.date_modified, isEnv) : null,
    authors: people(raw.author, raw.authors),
    categories: (raw.tags ?? []).map((t) => ({ term: t, scheme: null, label: null })),
    summary: summary?.value ?? null,
    summaryDetail: summary,
    content,
    contentHtml: html?.value ?? null,
    text: textBody,
    enclosures: (raw.attachments ?? []).map((a) => ({
      url: joinUrl(base, a.url),
      type: a.mime_type ?? null,
      length: a.size_in_bytes ?? null,
    })),
    media: [],
    thumbnails: raw.image
      ? [{ url: joinUrl(base, raw.image), type: null, medium: 'image', width: null, height: null }]
      : [],
    language,
    truncated: isTruncated(content.length > 0, textBody),
  };
}

/** Returns the feed a JSON Feed document describes; items that are not objects are skipped with a warning. */
export function readJsonFeed(value: unknown, base: string, encoding: string): ParsedFeed {
  const warnings: ParseWarning[] = [];
  const parsed = feed.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ...emptyFeed(encoding),
      warnings: [
        { code: 'json.invalid_feed', message: `json: ${issue?.path.join('.') || 'feed'}: ${issue?.message}` },
      ],
      bozo: true,
    };
  }
  const f = parsed.data;
  const feedBase = f.feed_url ?? f.home_page_url ?? base;
  const assignId = createIdentityAssigner();
  const items: ParsedItem[] = [];
  f.items.forEach((rawItem, index) => {
    const one = item.safeParse(rawItem);
    if (!one.success) {
      warnings.push({
        code: 'json.invalid_item',
        message: `json: items[${index}] is not an item object; skipped`,
      });
      return;
    }
    const parsedItem = toItem(one.data, feedBase, { warnings }, f.language ?? null);
    const date = parsedItem.published?.raw ?? null;
    items.push({
      ...parsedItem,
      id: assignId({
        guid: parsedItem.guid,
        link: parsedItem.link,
        title: parsedItem.title,
        date,
        text: parsedItem.text,
      }),
    });
  });
  const version = /version\/(\d+(?:\.\d+)?)/.exec(f.version)?.[1] ?? f.version;
  return {
    ...emptyFeed(encoding),
    format: 'json',
    version,
    title: f.title ?? null,
    titleDetail: f.title
      ? { value: f.title, type: 'text/plain', language: f.language ?? null, base: null }
      : null,
    link: f.home_page_url ?? null,
    description: f.description ?? null,
    language: f.language ?? null,
    authors: people(f.author, f.authors),
    icon: f.icon ?? f.favicon ?? null,
    items,
    warnings,
    bozo: false,
  };
}
