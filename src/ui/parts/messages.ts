// Notices after a form's redirect, named by a code in the query string (never the text itself,
// so that a link cannot make the page say something it did not).
import { html, type SafeHtml } from '../html.ts';

const NOTICES: Readonly<Record<string, string>> = {
  'feed-added': 'Feed added. It will be fetched in the next polling round.',
  'feed-removed': 'Feed removed. Its items stay in the archive.',
  polled: 'Polling round finished.',
  'opml-imported': 'OPML imported.',
  'article-fetched': 'The article text was fetched and stored as a new version.',
  'article-failed': 'The article could not be fetched; see the feed attempts or try again later.',
  'watchlist-removed': 'Watchlist deleted, with its monitors. Decisions about its matches are kept.',
  'decision-recorded': 'Decision recorded. It applies again in later screenings and monitors.',
  'alert-added': 'Monitor added. New matches are sent after each polling round.',
  'alert-removed': 'Monitor removed. Its delivery log is kept.',
  'story-renamed': 'Story renamed. Its items stay together from now on.',
  'story-merged': 'Stories merged. Their items stay together from now on.',
  'story-split': 'Items split out into this new story.',
  'entity-renamed': 'Entity renamed.',
  'entity-merged': 'Entities merged. The other names are aliases of this one now.',
  'entity-split': 'Spellings split out into this new entity.',
};

/** Returns the notice for a code, or nothing for an unknown one. */
export function noticeFor(code: string | undefined): SafeHtml {
  const text = code ? NOTICES[code] : undefined;
  return text ? html`<p class="notice" role="status">${text}</p>` : html``;
}

/** Returns an error box. */
export function errorBox(message: string): SafeHtml {
  return html`<p class="error" role="alert">${message}</p>`;
}
