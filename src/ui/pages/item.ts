// The item page: content, what analysis found (story, names, themes, figures), versions with a
// word diff against the current text, duplicates, removals, and provenance with the sha256 and
// a link to the raw bytes.
import {
  AppError,
  asItemId,
  type DuplicateRef,
  type FetchRecord,
  type ItemDetail,
  type ItemVersion,
} from '../../model/index.ts';
import { html, raw, type Fragment, type SafeHtml } from '../html.ts';
import { externalLink, plural, when } from '../parts/format.ts';
import { noticeFor } from '../parts/messages.ts';
import { diffWords } from '../parts/word-diff.ts';
import { displayHtml } from '../parts/display-html.ts';
import { csrfField } from '../layout.ts';
import type { UiPage } from '../ui.ts';
import { itemAnalysisSection } from './item-analysis.ts';

function meta(d: ItemDetail): SafeHtml {
  const i = d.item;
  const row = (label: string, value: Fragment) =>
    html`<dt>${label}</dt>
      <dd>${value}</dd>`;
  return html`<dl class="item-meta">
    ${row('Source', html`<a href="/feeds/${i.feedId}">${i.sourceName}</a>`)}
    ${row('Link', externalLink(i.url))}
    ${row('Published', html`${when(i.publishedAt)}${i.publishedRaw ? html` <span class="muted">(declared “${i.publishedRaw}”)</span>` : ''}`)}
    ${row('Seen', html`first ${when(i.firstSeenAt)}, last ${when(i.lastSeenAt)}`)}
    ${
      i.authors.length
        ? row(
            'By',
            i.authors
              .map((a) => a.name ?? a.email ?? '')
              .filter(Boolean)
              .join(', '),
          )
        : ''
    }
    ${i.categories.length ? row('Categories', i.categories.map((k) => k.label ?? k.term).join(', ')) : ''}
    ${row('Language', `${i.language ?? 'unknown'}${i.isLanguageDetected ? ' (detected)' : ''}`)}
    ${row('Version', `${i.version}${i.removedAt ? `; removed from its feed ${i.removedAt}` : ''}`)}
  </dl>`;
}

function content(d: ItemDetail): SafeHtml {
  // The parser sanitised this HTML (an allowlist; no script, handler, javascript: URL or
  // hiding style); displayHtml drops style attributes and unloadable URLs; and the CSP forbids
  // inline script and style should anything slip through.
  const body = d.item.contentHtml ?? d.item.summaryHtml;
  return html`<article class="item-content" lang="${d.item.language ?? ''}">
    ${body ? raw(displayHtml(body)) : d.item.text.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}
  </article>`;
}

function fetchArticle(d: ItemDetail, canFetch: boolean, csrf: SafeHtml): SafeHtml {
  if (!d.item.truncated) return html``;
  const canFetchItem = canFetch && (d.item.canonicalUrl ?? d.item.url) !== null;
  return html`<div class="notice">
    <p>This item carries only an excerpt.</p>
    ${canFetchItem ? html`<form method="post" action="/items/${d.item.id}/fetch-article">${csrf}<button type="submit">Fetch the full article</button></form>` : ''}
  </div>`;
}

function diff(before: string, after: string): SafeHtml {
  const parts = diffWords(before, after).map((p) =>
    p.kind === 'same' ? p.text : p.kind === 'added' ? html`<ins>${p.text}</ins>` : html`<del>${p.text}</del>`,
  );
  // The diff keeps the text's own line breaks (white-space: pre-wrap): no space around the parts.
  // prettier-ignore
  return html`<p class="diff">${parts}</p>`;
}

function versions(d: ItemDetail): SafeHtml {
  if (!d.versions.length) return html``;
  const one = (v: ItemVersion) =>
    html`<details>
      <summary>
        Version ${v.version}: seen ${when(v.seenAt)}, replaced ${when(v.replacedAt)}; changed:
        ${v.changedFields.join(', ') || 'nothing visible'}
      </summary>
      ${v.title !== d.item.title ? html`<p>Title then: ${diff(v.title ?? '', d.item.title ?? '')}</p>` : ''}
      <p class="muted">
        Text then, against the current text (<del>removed since</del>, <ins>added since</ins>):
      </p>
      ${diff(v.text, d.item.text)}
    </details>`;
  return html`<section aria-labelledby="versions">
    <h2 id="versions">Earlier versions (${d.versions.length})</h2>
    ${d.versions.map(one)}
  </section>`;
}

function duplicates(d: ItemDetail): SafeHtml {
  const ref = (r: DuplicateRef) =>
    html`<a href="/items/${r.itemId}">${r.title ?? '(untitled)'}</a> in
      ${r.sourceName}${r.similarity !== null ? ` (similarity ${r.similarity.toFixed(2)})` : ''}`;
  const parts: SafeHtml[] = [];
  if (d.canonical) parts.push(html`<p>A near-duplicate of ${ref(d.canonical)}.</p>`);
  if (d.duplicates.length)
    parts.push(
      html`<p>Also in ${plural(d.duplicates.length, 'source')}:</p>
        <ul>
          ${d.duplicates.map((r) => html`<li>${ref(r)}</li>`)}
        </ul>`,
    );
  if (d.events.length)
    parts.push(
      html`<p>Events:</p>
        <ul>
          ${d.events.map((e) => html`<li>${e.kind} ${when(e.at)} (fetch #${e.fetchId})</li>`)}
        </ul>`,
    );
  return parts.length
    ? html`<section aria-labelledby="dups">
        <h2 id="dups">Duplicates and events</h2>
        ${parts}
      </section>`
    : html``;
}

function provenance(fetches: readonly FetchRecord[]): SafeHtml {
  return html`<section aria-labelledby="prov">
    <h2 id="prov">Provenance</h2>
    <div class="table-wrap">
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Fetch</th>
            <th scope="col">When</th>
            <th scope="col">From</th>
            <th scope="col">Bytes</th>
            <th scope="col">sha256</th>
          </tr>
        </thead>
        <tbody>
          ${fetches.map(
            (f) =>
              html`<tr>
                <td>#${f.id}${f.httpStatus ? ` (HTTP ${f.httpStatus})` : ''}</td>
                <td>${when(f.fetchedAt)}</td>
                <td><code>${f.source}</code></td>
                <td>${f.byteLength.toLocaleString('en')}</td>
                <td>
                  <code class="hash">${f.sha256}</code><br /><a href="/api/fetches/${f.id}/raw" download
                    >raw bytes</a
                  >
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

export const itemPage: UiPage = {
  id: 'item',
  mount(app, ui) {
    app.get('/items/:id{[0-9]+}', ui.guard('reader'), async (c) => {
      const id = Number(c.req.param('id'));
      const d = await ui.kit.store.getItem(asItemId(id));
      if (!d) throw new AppError('input.not_found', `no item #${id}`);
      const canFetch = ui.kit.hasRole(c.get('principal'), 'analyst');
      const analysis = await ui.kit.services.analysis.itemAnalysis(d.item.id);
      const story = analysis.storyId === null ? null : await ui.kit.services.analysis.story(analysis.storyId);
      const found = itemAnalysisSection(analysis, story?.story.headline ?? null);
      const body = html`${noticeFor(c.req.query('done'))}${meta(d)}${fetchArticle(d, canFetch, csrfField(c))}${content(d)}${found}${versions(d)}${duplicates(d)}${provenance(d.provenance)}`;
      return ui.page(c, { title: d.item.title ?? `Item #${id}`, body });
    });
    app.post('/items/:id{[0-9]+}/fetch-article', ui.guard('analyst'), async (c) => {
      const id = Number(c.req.param('id'));
      const result = await ui.kit.services.fetchArticle(asItemId(id));
      c.set('auditTarget', `item:${id}`);
      c.set('auditDetails', { ok: result.ok, length: result.length });
      return c.redirect(`/items/${id}?done=${result.ok ? 'article-fetched' : 'article-failed'}`, 303);
    });
  },
};
