// A screening report as the page shows it: each entry's matches with the score's reasons and
// the evidence to cite (with what each item is about), the themes across an entry's evidence,
// the analysts' verdicts (and, for analysts, the form to give one), the entries without a
// match, and the coverage those are to be read against.
import type {
  CoverageFeed,
  EvidenceTheme,
  ScreeningEntryResult,
  ScreeningEvidence,
  ScreeningMatch,
  ScreeningReport,
} from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { day, externalLink, plural, when } from './format.ts';
import { themeSearchPath } from './theme-chart.ts';

/** Returns the decision form of a match, or nothing; given by the page (it knows the CSRF token). */
export type DecisionForm = (entry: ScreeningEntryResult, match: ScreeningMatch) => SafeHtml | '';

/** Entries without a match listed on the page; the downloads list them all. */
const UNMATCHED_SHOWN = 500;

const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(2)}`;

function reasons(m: ScreeningMatch): SafeHtml {
  return html`<table class="data reasons">
    <caption>
      Why the score is ${m.match.score.toFixed(2)} (threshold ${m.match.threshold.toFixed(2)})
    </caption>
    <thead>
      <tr>
        <th scope="col">Feature</th>
        <th scope="col">Value</th>
        <th scope="col">Contribution</th>
      </tr>
    </thead>
    <tbody>
      ${m.match.features.map(
        (f) =>
          html`<tr>
            <td>${f.name}${f.detail ? html`<br /><small class="muted">${f.detail}</small>` : ''}</td>
            <td>${typeof f.value === 'number' ? f.value.toFixed(2) : f.value}</td>
            <td class="num">${signed(f.contribution)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function evidenceThemes(themes: readonly EvidenceTheme[]): SafeHtml {
  if (!themes.length) return html``;
  return html`<div class="meta themes">
    Themes:
    ${themes.map(
      (t, i) =>
        html`${i ? '; ' : ''}<a href="${themeSearchPath(t.theme)}">${t.label}</a>
          (${t.triggers.map((w) => `“${w}”`).join(', ')})`,
    )}
  </div>`;
}

function evidenceItem(ev: ScreeningEvidence): SafeHtml {
  return html`<li>
    <a href="/items/${ev.itemId}">${ev.title ?? '(untitled)'}</a>
    <div class="meta">
      ${ev.source} · ${when(ev.published)} · item
      #${ev.itemId}${ev.url ? html` · ${externalLink(ev.url, 'source')}` : ''}
    </div>
    <blockquote>${ev.sentence}</blockquote>
    ${evidenceThemes(ev.themes)}
    <div class="meta">sha256 of the stored source: <code class="hash">${ev.sourceSha256}</code></div>
  </li>`;
}

function decisionLine(m: ScreeningMatch): SafeHtml {
  const d = m.decision;
  if (!d) return html`<p class="muted">Not yet confirmed or rejected by an analyst.</p>`;
  return html`<p class="decision decision-${d.decision}">
    <strong>${d.decision === 'confirmed' ? 'Confirmed' : 'Rejected'}</strong> by ${d.actor} on
    ${when(d.at)}${d.reason ? html`: “${d.reason}”` : ''}
  </p>`;
}

function matchView(entry: ScreeningEntryResult, m: ScreeningMatch, form: DecisionForm): SafeHtml {
  const e = m.entity;
  return html`<article class="match" id="match-${entry.entry.id}-${e.id}">
    <h4>
      <a href="/entities/${e.id}">${e.name}</a> <span class="muted">(${e.type}, entity #${e.id})</span> —
      score ${m.match.score.toFixed(2)}
    </h4>
    ${decisionLine(m)}
    <p>
      Matched “${m.match.a}” with “${m.match.b}”. ${plural(e.itemCount, 'item')} from
      ${plural(m.outlets, 'independent outlet')}, ${day(e.firstSeen)} to ${day(e.lastSeen)}.
    </p>
    ${reasons(m)}
    <h5>Evidence</h5>
    <ol class="evidence">
      ${m.evidence.map(evidenceItem)}
    </ol>
    ${form(entry, m)}
  </article>`;
}

function entryHeading(r: ScreeningEntryResult): SafeHtml {
  const e = r.entry;
  const facts = [
    e.identifier,
    e.aliases.length ? `also ${e.aliases.join('; ')}` : null,
    e.countries.length ? e.countries.join(', ') : null,
  ].filter((f): f is string => f !== null);
  return html`<h3>Line ${e.line}: ${e.name}</h3>
    ${facts.length ? html`<p class="muted">${facts.join(' · ')}</p>` : ''}
    ${
      r.themes.length
        ? html`<p class="entry-themes">
            Themes across the evidence:
            ${r.themes.map(
              (t, i) =>
                html`${i ? ', ' : ''}<a href="${themeSearchPath(t.theme)}">${t.label}</a>
                  (${plural(t.items, 'item')})`,
            )}
          </p>`
        : ''
    }`;
}

function unmatchedTable(rows: readonly ScreeningEntryResult[], items: number): SafeHtml {
  if (!rows.length) return html``;
  return html`<section aria-labelledby="unmatched">
    <h2 id="unmatched">Entries without a match (${rows.length})</h2>
    <p>
      No entity in the archive matches these entries. That is a statement about the ${plural(items, 'item')}
      searched (see Coverage), not a finding that there is no adverse news.
    </p>
    <div class="table-wrap">
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Entry</th>
            <th scope="col">Identifier</th>
          </tr>
        </thead>
        <tbody>
          ${rows.slice(0, UNMATCHED_SHOWN).map(
            (r) =>
              html`<tr id="entry-${r.entry.id}">
                <td>${r.entry.line}</td>
                <td>${r.entry.name}</td>
                <td>${r.entry.identifier ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      rows.length > UNMATCHED_SHOWN
        ? html`<p class="muted">
            The first ${UNMATCHED_SHOWN} are shown; the CSV and HTML downloads list all ${rows.length}.
          </p>`
        : ''
    }
  </section>`;
}

function coverageView(report: ScreeningReport): SafeHtml {
  const c = report.coverage;
  const isFailing = (f: CoverageFeed) => f.lastErrorCode !== null || f.state === 'failing';
  const failing = c.feeds.filter(isFailing).length;
  return html`<section aria-labelledby="coverage">
    <h2 id="coverage">Coverage</h2>
    <p>
      Searched ${plural(c.items, 'item')}${report.since ? ` published since ${day(report.since)}` : ''} from
      ${plural(c.feeds.length, 'feed')}, ${day(c.from)} to ${day(c.to)}, naming
      ${plural(c.entities, 'entity', 'entities')}. Absence of coverage is not a finding of no adverse news: a
      name not found in these items may still be in the news elsewhere, or in what a failing feed missed.
    </p>
    ${
      failing
        ? html`<p class="error" role="alert">
            ${plural(failing, 'feed was', 'feeds were')} failing at the last fetch: their recent items may be
            missing.
          </p>`
        : ''
    }
    <div class="table-wrap">
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Feed</th>
            <th scope="col">Items</th>
            <th scope="col">Dates</th>
            <th scope="col">Health</th>
          </tr>
        </thead>
        <tbody>
          ${c.feeds.map(
            (f) =>
              html`<tr>
                <td>${f.title ?? f.url}<br /><small class="muted">${f.url}</small></td>
                <td>${f.items}</td>
                <td>${day(f.firstItem)} to ${day(f.lastItem)}</td>
                <td>
                  ${
                    isFailing(f)
                      ? html`<span class="state state-failing"
                          >failing${f.lastErrorCode ? html`: <code>${f.lastErrorCode}</code>` : ''}</span
                        >`
                      : html`<span class="state state-${f.state}">${f.state}</span>`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** Returns the report's body: summary, matches per entry, entries without a match, coverage. */
export function screeningReportView(report: ScreeningReport, form: DecisionForm): SafeHtml {
  const s = report.summary;
  const matched = report.entries.filter((r) => r.matches.length > 0);
  return html`<p role="status">
      ${plural(s.entries, 'entry', 'entries')} screened: ${s.withMatches} with matches (${s.confirmed}
      confirmed, ${s.rejected} rejected). Generated ${when(report.generatedAt)}; match threshold
      ${report.threshold}.
    </p>
    <section aria-labelledby="matches">
      <h2 id="matches">Entries with matches (${matched.length})</h2>
      ${matched.length ? '' : html`<p>No entry matches an entity in the archive.</p>`}
      ${matched.map(
        (r) =>
          html`<section class="entry" id="entry-${r.entry.id}">
            ${entryHeading(r)}${r.matches.map((m) => matchView(r, m, form))}
          </section>`,
      )}
    </section>
    ${unmatchedTable(
      report.entries.filter((r) => r.matches.length === 0),
      report.coverage.items,
    )}
    ${coverageView(report)}`;
}
