// Turns drafts into the model's readonly records.
import type {
  Category,
  FeedImage,
  ItunesInfo,
  Link,
  ParsedItem,
  Person,
  Source,
  TextConstruct,
} from '../../model/index.ts';
import { freezePeople, type Draft, type ItunesDraft } from './draft.ts';
import { isHtmlType, plainText } from './text-construct.ts';
import type { IdentityParts } from './item-identity.ts';
import { isTruncated } from './truncation.ts';

function freezeItunes(d: ItunesDraft | null): ItunesInfo | null {
  if (!d) return null;
  return {
    ...d,
    keywords: [...d.keywords],
    categories: [...d.categories],
    owner: d.owner ? { ...d.owner } : null,
  };
}

function licenseOf(links: readonly Link[]): string | null {
  return links.find((l) => l.rel === 'license' && l.href)?.href ?? null;
}

/** Returns the body to show: the first HTML-ish or text content, else the summary. */
function bestBody(d: Draft): TextConstruct | null {
  return d.content.find((c) => isHtmlType(c.type) || c.type === 'text/plain') ?? d.summary;
}

function freezeSource(d: Draft | null): Source | null {
  if (!d) return null;
  return {
    title: d.title ? plainText(d.title) : null,
    titleDetail: d.title,
    url: d.sourceUrl ?? d.link,
    id: d.id,
    links: d.links,
    authors: freezePeople(d.authors),
    contributors: freezePeople(d.contributors),
    rights: d.rights,
    subtitle: d.subtitle,
    updated: d.updated,
    categories: d.categories,
    generator: d.generator,
    icon: d.icon,
    logo: d.logo,
  };
}

/** Returns the item a draft describes; identify names it from its guid, link, title, date and text. */
export function freezeItem(
  d: Draft,
  identify: (parts: IdentityParts) => string,
  entryLang: string | null,
): ParsedItem {
  const body = bestBody(d);
  const text = body ? plainText(body) : '';
  const title = d.title ? plainText(d.title) : null;
  const date = d.published?.raw ?? d.updated?.raw ?? null;
  return {
    id: identify({ guid: d.id, link: d.link, title, date, text }),
    guid: d.id,
    title,
    titleDetail: d.title,
    link: d.link,
    links: d.links,
    published: d.published,
    updated: d.updated,
    created: d.created,
    expired: d.expired,
    validity: d.validity,
    authors: freezePeople(d.authors),
    contributors: freezePeople(d.contributors),
    publisher: d.publisher ? { ...d.publisher } : null,
    categories: d.categories as Category[],
    summary: d.summary ? d.summary.value : null,
    summaryDetail: d.summary,
    content: d.content,
    contentHtml: body && isHtmlType(body.type) ? body.value : null,
    text,
    enclosures: d.links
      .filter((l) => l.rel === 'enclosure')
      .map((l) => ({ url: l.href, type: l.type, length: l.length })),
    media: d.media,
    thumbnails: d.thumbnails,
    credits: d.credits,
    mediaRestriction: d.mediaRestriction,
    language: body?.language ?? entryLang ?? d.language,
    comments: d.comments,
    rights: d.rights,
    source: freezeSource(d.source),
    itunes: freezeItunes(d.itunes),
    license: licenseOf(d.links),
    where: d.where,
    chapters: d.chapters,
    extensions: d.extensions,
    truncated: isTruncated(d.content.length > 0, text),
  };
}

export interface FrozenFeedFields {
  readonly title: string | null;
  readonly description: string | null;
  readonly authors: readonly Person[];
  readonly contributors: readonly Person[];
  readonly publisher: Person | null;
  readonly image: FeedImage | null;
  readonly itunes: ItunesInfo | null;
  readonly license: string | null;
}

/** Returns the feed-level fields of a channel draft that need converting. */
export function freezeFeedFields(d: Draft): FrozenFeedFields {
  const subtitle = d.subtitle ?? d.summary;
  return {
    title: d.title ? plainText(d.title) : null,
    description: subtitle ? plainText(subtitle) : null,
    authors: freezePeople(d.authors),
    contributors: freezePeople(d.contributors),
    publisher: d.publisher ? { ...d.publisher } : null,
    image: d.image,
    itunes: freezeItunes(d.itunes),
    license: licenseOf(d.links),
  };
}
