// The main text of an article page, for items whose feed carries only a standfirst: Mozilla's
// Readability over a linkedom document. Scripts are removed before Readability sees the page,
// and what it keeps leaves through the project's sanitiser like any feed HTML. Both libraries
// load on first use: together they cost about 30 MB in every process (a poller, the server)
// that never extracts an article.
import { htmlToText, sanitizeHtml } from '../parse/index.ts';

export interface ExtractedArticle {
  readonly title: string | null;
  readonly byline: string | null;
  /** Plain text, paragraphs on their own lines. */
  readonly text: string;
  /** Sanitised HTML of the article body, links made absolute. */
  readonly html: string;
  readonly excerpt: string | null;
  /** Characters of text. */
  readonly length: number;
}

export interface ExtractArticleOptions {
  /** Less text than this means nothing article-like was found. */
  readonly minTextLength?: number;
}

const DEFAULT_MIN_TEXT = 200;
const UNSAFE_ELEMENTS = 'script, noscript, template, iframe, object, embed, style';

const clean = (value: string | null | undefined): string | null => value?.replace(/\s+/g, ' ').trim() || null;

/** Returns the article a page holds (title, byline, text, sanitised html), or null when there is none. */
export async function extractArticle(
  html: string,
  url: string,
  options: ExtractArticleOptions = {},
): Promise<ExtractedArticle | null> {
  const [{ Readability }, { parseHTML }] = await Promise.all([
    import('@mozilla/readability'),
    import('linkedom'),
  ]);
  const { document } = parseHTML(html);
  for (const element of [...document.querySelectorAll(UNSAFE_ELEMENTS)]) element.remove();
  const article = new Readability(document as never, {
    charThreshold: options.minTextLength ?? DEFAULT_MIN_TEXT,
  }).parse();
  if (!article?.content) return null;
  const safeHtml = sanitizeHtml(article.content, { base: url, isXhtml: false });
  const text = htmlToText(safeHtml);
  if (text.length < (options.minTextLength ?? DEFAULT_MIN_TEXT)) return null;
  return {
    title: clean(article.title),
    byline: clean(article.byline),
    text,
    html: safeHtml,
    excerpt: clean(article.excerpt),
    length: text.length,
  };
}
