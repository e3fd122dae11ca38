// The full-text use case: fetch an excerpt-only item's article page, extract its main text,
// and keep it as the item's next version with the page as provenance.
import { extractArticle, type FeedFetcher } from '../fetch/index.ts';
import { AppError, asItemId } from '../model/index.ts';
import { decodeDocument } from '../parse/index.ts';
import type { Store } from '../store/index.ts';

export interface ArticleResult {
  readonly itemId: number;
  readonly ok: boolean;
  readonly message: string;
  readonly length: number;
}

/** Fetches and stores the article text of item itemId; a failure is a result, not an exception. */
export async function fetchArticle(
  store: Store,
  fetcher: FeedFetcher,
  itemId: number,
): Promise<ArticleResult> {
  const detail = await store.getItem(asItemId(itemId));
  if (!detail) throw new AppError('input.not_found', `fetch-article: no item #${itemId}`, { itemId });
  const url = detail.item.canonicalUrl ?? detail.item.url;
  if (!url)
    return { itemId, ok: false, message: `fetch-article: item #${itemId} has no link to fetch`, length: 0 };
  const result = await fetcher.fetch({ url, isForcedFull: true });
  if (result.kind !== 'ok') {
    const message =
      result.kind === 'error' ? result.message : `fetch-article: ${url} answered 304 to a full request`;
    return { itemId, ok: false, message, length: 0 };
  }
  const html = decodeDocument(result.body, result.headers['content-type']).text;
  const article = await extractArticle(html, result.finalUrl);
  if (!article)
    return {
      itemId,
      ok: false,
      message: `fetch-article: no article text found at ${result.finalUrl}`,
      length: 0,
    };
  await store.addArticleVersion(
    asItemId(itemId),
    {
      source: result.finalUrl,
      fetchedAt: result.fetchedAt,
      bytes: result.body,
      httpStatus: result.status,
      httpHeaders: result.headers,
    },
    { contentHtml: article.html, text: article.text },
  );
  return {
    itemId,
    ok: true,
    message: `fetch-article: stored ${article.length} characters from ${result.finalUrl}`,
    length: article.length,
  };
}
