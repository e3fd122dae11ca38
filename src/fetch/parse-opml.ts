// Reads an OPML subscription list: nested outlines become category paths, and a bad outline
// is reported with its line and skipped; the rest of the list still imports.
import { Parser } from 'htmlparser2';
import type { OpmlDocument, OpmlFeed, OpmlProblem } from './opml-types.ts';

interface Frame {
  readonly label: string | null;
  readonly line: number;
  readonly isFeed: boolean;
  hasChildren: boolean;
}

type Attributes = Readonly<Record<string, string>>;

// Attribute names vary in case between writers (xmlUrl, xmlurl, XMLURL).
function lowerKeys(attrs: Record<string, string>): Attributes {
  return Object.fromEntries(Object.entries(attrs).map(([key, value]) => [key.toLowerCase(), value]));
}

const clean = (value: string | undefined): string | null => value?.replace(/\s+/g, ' ').trim() || null;

// `feed://host/x` and `feed:https://host/x` are the feed: pseudo-scheme some browsers wrote.
function normaliseFeedUrl(raw: string): string | null {
  const text = raw
    .trim()
    .replace(/^feed:(?=https?:)/i, '')
    .replace(/^feed:\/\//i, 'http://');
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function feedUrlAttribute(attrs: Attributes): string | undefined {
  if (attrs['xmlurl'] !== undefined) return attrs['xmlurl'];
  // Some OPML 1.0 writers put the feed in `url` on an rss-typed outline.
  const type = (attrs['type'] ?? '').toLowerCase();
  return type === 'rss' || type === 'atom' ? attrs['url'] : undefined;
}

function categoryAttribute(attrs: Attributes): string[] {
  const first = (attrs['category'] ?? '').split(',')[0] ?? '';
  return first
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean);
}

class OpmlReader {
  readonly feeds: OpmlFeed[] = [];
  readonly problems: OpmlProblem[] = [];
  title: string | null = null;
  private readonly stack: Frame[] = [];
  private readonly seen = new Set<string>();
  private isInTitle = false;
  private titleText = '';

  openOutline(attrs: Attributes, line: number): void {
    const parent = this.stack.at(-1);
    if (parent) parent.hasChildren = true;
    const raw = feedUrlAttribute(attrs);
    const label = clean(attrs['text']) ?? clean(attrs['title']);
    this.stack.push({ label, line, isFeed: raw !== undefined, hasChildren: false });
    if (raw !== undefined) this.addFeed(raw, attrs, line);
  }

  closeOutline(): void {
    const frame = this.stack.pop();
    if (frame && !frame.isFeed && !frame.hasChildren) {
      const what = frame.label ? `"${frame.label}"` : 'an outline';
      this.problem('opml.missing_url', `opml: ${what} has no xmlUrl`, frame.line);
    }
  }

  openTitle(): void {
    this.isInTitle = this.title === null && this.stack.length === 0;
  }

  text(data: string): void {
    if (this.isInTitle) this.titleText += data;
  }

  closeTitle(): void {
    if (this.isInTitle) this.title = clean(this.titleText);
    this.isInTitle = false;
  }

  problem(code: string, message: string, line: number): void {
    this.problems.push({ code, message, line });
  }

  private addFeed(raw: string, attrs: Attributes, line: number): void {
    const url = normaliseFeedUrl(raw);
    if (!url)
      return this.problem('opml.bad_url', `opml: not an http(s) feed URL: ${raw.trim().slice(0, 200)}`, line);
    if (this.seen.has(url))
      return this.problem('opml.duplicate', `opml: ${url} is listed more than once`, line);
    this.seen.add(url);
    const folders = this.stack
      .slice(0, -1)
      .map((frame) => frame.label ?? '')
      .filter(Boolean);
    const htmlUrl = attrs['htmlurl']?.trim() || null;
    const title = clean(attrs['title']) ?? clean(attrs['text']);
    this.feeds.push({
      url,
      title,
      htmlUrl,
      categoryPath: folders.length ? folders : categoryAttribute(attrs),
    });
  }
}

// Line numbers from character offsets, which only move forward.
function lineCounter(text: string): (index: number) => number {
  let line = 1;
  let at = 0;
  return (index) => {
    for (; at < index && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/** Returns the feeds an OPML document lists, with a problem per outline that could not be read. */
export function parseOpml(text: string): OpmlDocument {
  const reader = new OpmlReader();
  const lineAt = lineCounter(text);
  let root: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase();
        const line = lineAt(parser.startIndex);
        if (root === null) {
          root = tag;
          if (tag !== 'opml')
            reader.problem('opml.not_opml', `opml: the document's root is <${name}>, not <opml>`, line);
        }
        if (tag === 'outline') reader.openOutline(lowerKeys(attrs), line);
        else if (tag === 'title') reader.openTitle();
      },
      ontext: (data) => reader.text(data),
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (tag === 'outline') reader.closeOutline();
        else if (tag === 'title') reader.closeTitle();
      },
    },
    { xmlMode: true },
  );
  parser.end(text);
  if (root === null) reader.problem('opml.not_opml', 'opml: the document has no elements', 1);
  return { title: reader.title, feeds: reader.feeds, problems: reader.problems };
}
