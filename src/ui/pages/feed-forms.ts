// The feeds page's forms for admins: follow a URL, import OPML, poll now.
import { html, type SafeHtml } from '../html.ts';

/** Polling intervals offered, in seconds; the empty value is the adaptive default. */
export const INTERVALS: ReadonlyArray<readonly [seconds: string, label: string]> = [
  ['', 'adaptive (follows how often the feed publishes)'],
  ['900', 'every 15 minutes'],
  ['3600', 'every hour'],
  ['21600', 'every 6 hours'],
  ['86400', 'every day'],
];

/** Returns the admin forms, each carrying the CSRF field. */
export function feedForms(csrf: SafeHtml): SafeHtml {
  return html`<section aria-labelledby="add">
      <h2 id="add">Follow a feed</h2>
      <form method="post" action="/feeds">
        ${csrf}
        <div class="field">
          <label for="url">Address of a feed, or of a page that links to one</label>
          <input
            id="url"
            name="url"
            type="url"
            required
            placeholder="https://example.org/feed.xml"
            autocomplete="off"
          />
        </div>
        <div class="fields">
          <div class="field">
            <label for="interval">Polling</label
            ><select id="interval" name="interval">
              ${INTERVALS.map(([s, label]) => html`<option value="${s}">${label}</option>`)}
            </select>
          </div>
          <label class="check"
            ><input type="checkbox" name="fullText" /> Fetch the article page of items that carry only an
            excerpt</label
          >
          <div class="field"><button type="submit">Follow</button></div>
        </div>
      </form>
    </section>
    <section aria-labelledby="opml">
      <h2 id="opml">OPML and polling</h2>
      <form method="post" action="/feeds/opml" enctype="multipart/form-data" class="fields">
        ${csrf}
        <div class="field">
          <label for="opml-file">OPML file to follow</label
          ><input
            id="opml-file"
            name="file"
            type="file"
            accept=".opml,.xml,text/xml,application/xml"
            required
          />
        </div>
        <div class="field"><button type="submit" class="secondary">Import OPML</button></div>
      </form>
      <form method="post" action="/poll">
        ${csrf}
        <p><button type="submit" class="secondary">Fetch the feeds that are due now</button></p>
      </form>
    </section>`;
}
