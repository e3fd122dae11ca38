// The screening page's upload form for analysts, and what an upload did: the entries stored and
// the rows skipped, each with its line and the reason.
import type { WatchlistUpload } from '../../api/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { plural } from '../parts/format.ts';

/** Returns the upload form, carrying the CSRF field. */
export function watchlistForms(csrf: SafeHtml, maxBytes: number): SafeHtml {
  return html`<section aria-labelledby="upload">
    <h2 id="upload">Upload a watchlist</h2>
    <p>
      A CSV file with a header row naming its columns (<code>name</code>, <code>aliases</code>,
      <code>country</code>, <code>identifier</code>, <code>notes</code>; aliases and countries separated by
      <code>;</code>), or FollowTheMoney JSON lines. Rows with problems are skipped and listed by line.
      Uploading a list under a name that exists replaces its entries; analysts' decisions are kept.
    </p>
    <form method="post" action="/screening/watchlists" enctype="multipart/form-data">
      ${csrf}
      <div class="fields">
        <div class="field">
          <label for="watchlist-file">Watchlist file (up to ${Math.round(maxBytes / 1048576)} MB)</label>
          <input
            id="watchlist-file"
            name="file"
            type="file"
            accept=".csv,.json,.jsonl,.ndjson,text/csv,application/json"
            required
          />
        </div>
        <div class="field">
          <label for="watchlist-name">Name (default: the file name)</label>
          <input id="watchlist-name" name="name" type="text" maxlength="100" autocomplete="off" />
        </div>
        <div class="field"><button type="submit">Upload</button></div>
      </div>
    </form>
  </section>`;
}

/** Returns what an upload did, with a table of the rows skipped. */
export function uploadResult(u: WatchlistUpload): SafeHtml {
  const w = u.watchlist;
  const problems = u.problems.length
    ? html`<div class="table-wrap">
        <table class="data">
          <caption>
            Rows skipped
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            ${u.problems.map(
              (p) =>
                html`<tr>
                  <td>${p.line}</td>
                  <td>${p.message}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`
    : '';
  return html`<section aria-labelledby="uploaded" class="upload-result">
    <h2 id="uploaded">Uploaded “${w.name}”</h2>
    <p class="notice" role="status">
      ${plural(w.entryCount, 'entry', 'entries')} stored${u.replaced ? ', replacing the earlier list' : ''};
      ${plural(u.problems.length, 'row')} skipped.
    </p>
    ${problems}
  </section>`;
}
