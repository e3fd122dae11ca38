// The parser's output: what a feed says, normalised across formats.
// Dates are ISO-8601 UTC strings; the declared text is kept beside them.

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'cdf' | 'json' | 'text' | 'unknown';

export interface TextConstruct {
  /** Plain text for text/plain, sanitised markup otherwise. */
  readonly value: string;
  /** Media type: 'text/plain', 'text/html', 'application/xhtml+xml', or what the feed declared. */
  readonly type: string;
  readonly language: string | null;
  readonly base: string | null;
  /** Atom content that lives elsewhere (`src`). */
  readonly src?: string;
}

export interface Person {
  readonly name: string | null;
  readonly email: string | null;
  readonly uri: string | null;
}

export interface Link {
  readonly href: string;
  readonly rel: string;
  readonly type: string | null;
  readonly title: string | null;
  readonly length: number | null;
  readonly hreflang: string | null;
}

export interface Category {
  readonly term: string;
  readonly scheme: string | null;
  readonly label: string | null;
}

export interface Enclosure {
  readonly url: string;
  readonly type: string | null;
  readonly length: number | null;
}

export interface MediaObject {
  readonly url: string;
  readonly type: string | null;
  readonly medium: string | null;
  readonly width: number | null;
  readonly height: number | null;
}

/** Media RSS `media:credit`: who made a photo or video ("Photograph: Ng Han Guan/AP"). */
export interface MediaCredit {
  readonly name: string;
  readonly role: string | null;
  readonly scheme: string | null;
}

/** Media RSS `media:restriction`: where (or on what platform) the media may be shown. */
export interface MediaRestriction {
  /** 'allow' or 'deny'. */
  readonly relationship: string | null;
  /** 'country', 'uri' or 'sharing'. */
  readonly type: string | null;
  /** Lower-cased entries, such as ISO country codes. */
  readonly values: readonly string[];
}

export interface ParseWarning {
  /** Stable snake_case code, for example `xml.not_well_formed` or `date.unparsed`. */
  readonly code: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface DateValue {
  /** ISO-8601 UTC, or null when the text could not be read as a date. */
  readonly iso: string | null;
  /** The text as the feed declared it. */
  readonly raw: string;
}

export interface ItunesInfo {
  readonly author: string | null;
  readonly block: boolean;
  readonly explicit: boolean | null;
  readonly image: string | null;
  readonly duration: string | null;
  readonly keywords: readonly string[];
  readonly categories: readonly string[];
  readonly subtitle: string | null;
  readonly summary: string | null;
  readonly owner: Person | null;
}

/** Where a syndicated item first appeared (RSS `source`, Atom `source`). */
export interface Source {
  readonly title: string | null;
  readonly titleDetail: TextConstruct | null;
  readonly url: string | null;
  readonly id: string | null;
  readonly links: readonly Link[];
  readonly authors: readonly Person[];
  readonly contributors: readonly Person[];
  readonly rights: TextConstruct | null;
  readonly subtitle: TextConstruct | null;
  readonly updated: DateValue | null;
  readonly categories: readonly Category[];
  readonly generator: Generator | null;
  readonly icon: string | null;
  readonly logo: string | null;
}

export interface Generator {
  readonly name: string;
  readonly uri: string | null;
  readonly version: string | null;
}

/** A place, as GeoRSS or GML gives it: GeoJSON-style [longitude, latitude] positions. */
export type Geometry =
  | { readonly type: 'Point'; readonly coordinates: readonly number[] }
  | { readonly type: 'LineString' | 'Box'; readonly coordinates: ReadonlyArray<readonly number[]> }
  | { readonly type: 'Polygon'; readonly coordinates: ReadonlyArray<ReadonlyArray<readonly number[]>> }
  /** A geometry element whose coordinates could not be read. */
  | { readonly type: 'unreadable'; readonly raw: string };

/** A podcast chapter mark (Podlove Simple Chapters). */
export interface Chapter {
  readonly start: string;
  readonly startSeconds: number | null;
  readonly title: string | null;
  readonly href: string | null;
  readonly image: string | null;
}

export interface ChapterList {
  readonly version: string | null;
  readonly chapters: readonly Chapter[];
}

/** dcterms:valid: when the content applies. */
export interface Validity {
  readonly start: DateValue | null;
  readonly end: DateValue | null;
}

/**
 * Extension elements the model has no field for, by `prefix_name` (`slash_comments`): their
 * text, or for an element with attributes, its attributes (and text as `content`).
 */
export type Extensions = Readonly<Record<string, string | Readonly<Record<string, string>>>>;

export interface ParsedItem {
  /** Identity inside the feed: guid/id, else canonical link, else a hash of title and date. */
  readonly id: string;
  /** The identity the feed declared (guid or atom:id), if any. */
  readonly guid: string | null;
  readonly title: string | null;
  readonly titleDetail: TextConstruct | null;
  readonly link: string | null;
  readonly links: readonly Link[];
  readonly published: DateValue | null;
  readonly updated: DateValue | null;
  readonly created: DateValue | null;
  readonly expired: DateValue | null;
  readonly validity: Validity | null;
  readonly authors: readonly Person[];
  readonly contributors: readonly Person[];
  readonly publisher: Person | null;
  readonly categories: readonly Category[];
  /** Sanitised HTML of the summary (RSS description, Atom summary). */
  readonly summary: string | null;
  readonly summaryDetail: TextConstruct | null;
  /** Full content constructs (content:encoded, atom:content), in document order. */
  readonly content: readonly TextConstruct[];
  /** The best HTML body: content if any, else the summary. Sanitised. */
  readonly contentHtml: string | null;
  /** Plain-text rendering of the best body. */
  readonly text: string;
  readonly enclosures: readonly Enclosure[];
  readonly media: readonly MediaObject[];
  readonly thumbnails: readonly MediaObject[];
  readonly credits: readonly MediaCredit[];
  readonly mediaRestriction: MediaRestriction | null;
  readonly language: string | null;
  readonly comments: string | null;
  readonly rights: TextConstruct | null;
  readonly source: Source | null;
  readonly itunes: ItunesInfo | null;
  readonly license: string | null;
  readonly where: Geometry | null;
  readonly chapters: ChapterList | null;
  readonly extensions: Extensions;
  /** True when the feed carries only an excerpt of the article. */
  readonly truncated: boolean;
}

export interface FeedImage {
  readonly url: string | null;
  readonly title: string | null;
  readonly link: string | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly description: string | null;
}

export interface ParsedFeed {
  readonly format: FeedFormat;
  /** Format version as the feed declares it: '2.0', '0.91', '1.0', '0.3', '1.1', 'dump'. */
  readonly version: string | null;
  /** The character encoding the bytes were decoded with. */
  readonly encoding: string;
  readonly title: string | null;
  readonly titleDetail: TextConstruct | null;
  readonly link: string | null;
  readonly links: readonly Link[];
  readonly description: string | null;
  readonly subtitleDetail: TextConstruct | null;
  readonly id: string | null;
  readonly language: string | null;
  readonly updated: DateValue | null;
  readonly published: DateValue | null;
  readonly created: DateValue | null;
  readonly validity: Validity | null;
  readonly authors: readonly Person[];
  readonly contributors: readonly Person[];
  readonly publisher: Person | null;
  readonly categories: readonly Category[];
  readonly rights: TextConstruct | null;
  /** Atom 0.3 `info`: a note on the feed format. */
  readonly info: TextConstruct | null;
  readonly generator: Generator | null;
  readonly image: FeedImage | null;
  readonly icon: string | null;
  readonly logo: string | null;
  /** RSS `cloud`: where to register for update notifications. */
  readonly cloud: Readonly<Record<string, string>> | null;
  readonly textInput: {
    readonly title: string | null;
    readonly description: string | null;
    readonly name: string | null;
    readonly link: string | null;
  } | null;
  /** Where the feed says it has moved (`newLocation`). */
  readonly newLocation: string | null;
  readonly where: Geometry | null;
  readonly docs: string | null;
  readonly ttl: number | null;
  readonly itunes: ItunesInfo | null;
  readonly license: string | null;
  readonly extensions: Extensions;
  readonly items: readonly ParsedItem[];
  readonly warnings: readonly ParseWarning[];
  /** True when the input was ill-formed and had to be recovered (feedparser's `bozo`). */
  readonly bozo: boolean;
}

export interface ParseOptions {
  /** Where the bytes came from: the base for relative URLs. */
  readonly url?: string;
  /** The HTTP Content-Type header, with its charset if any. */
  readonly contentType?: string;
  /** The HTTP Content-Language header: the language when the document names none. */
  readonly contentLanguage?: string;
  /** The time of parsing, used where a format needs "now" (text dumps without dates). */
  readonly now: Date;
}
