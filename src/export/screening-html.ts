// A screening report as a self-contained HTML page that prints well: every match with its
// reasons and evidence, every citation with link, date, themes and the sha256 of its stored
// source, and the coverage, so that "no matches" is read for what it is.
import type {
  CoverageFeed,
  EvidenceTheme,
  ScreeningEntryResult,
  ScreeningMatch,
  ScreeningReport,
} from '../model/index.ts';

const esc = (s: unknown) =>
  String(s ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '?');
const safeHref = (url: string | null) => (url && /^https?:\/\//i.test(url) ? esc(url) : '');

const STYLE = `body{font:14px/1.45 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top;text-align:left}
.muted{color:#555}.flag{color:#a00;font-weight:bold}.decision{font-weight:bold}blockquote{margin:.3rem 0 .3rem 1rem;font-style:italic}
code{font-size:11px;word-break:break-all}@media print{a{color:#000}h2{break-after:avoid}section{break-inside:avoid-page}}`;

function themesLine(themes: readonly EvidenceTheme[]): string {
  if (!themes.length) return '';
  const each = themes.map((t) => `${esc(t.label)} (${t.triggers.map((w) => `“${esc(w)}”`).join(', ')})`);
  return `<p class="themes">Themes: ${each.join('; ')}</p>`;
}

function entryThemes(r: ScreeningEntryResult): string {
  if (!r.themes.length) return '';
  const each = r.themes.map((t) => `${esc(t.label)} ${t.items}`).join(', ');
  return `<p class="themes">Themes across the evidence (items): ${each}.</p>`;
}

function evidenceList(m: ScreeningMatch): string {
  return m.evidence
    .map(
      (
        ev,
      ) => `<li><a href="${safeHref(ev.url)}">${esc(ev.title ?? '(untitled)')}</a> <span class="muted">${esc(ev.source)}, ${day(ev.published)}, item #${ev.itemId}</span>
<blockquote>${esc(ev.sentence)}</blockquote>${themesLine(ev.themes)}<code>sha256 ${esc(ev.sourceSha256)}</code></li>`,
    )
    .join('\n');
}

function matchSection(m: ScreeningMatch): string {
  const reasons = m.match.features
    .map((f) => `${esc(f.name)} ${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)}`)
    .join(', ');
  const decision = m.decision
    ? `<p class="decision">${esc(m.decision.decision)} by ${esc(m.decision.actor)} on ${day(m.decision.at)}${m.decision.reason ? `: ${esc(m.decision.reason)}` : ''}</p>`
    : '<p class="muted">Not yet confirmed or rejected by an analyst.</p>';
  return `<h3>${esc(m.entity.name)} <span class="muted">(${esc(m.entity.type)}, entity #${m.entity.id})</span> — score ${m.match.score.toFixed(2)}</h3>
${decision}<p>Matched “${esc(m.match.a)}” with “${esc(m.match.b)}”. Reasons: ${reasons}.</p>
<p>${m.entity.itemCount} items from ${m.outlets} independent outlets, ${day(m.entity.firstSeen)} to ${day(m.entity.lastSeen)}.</p>
<ul>${evidenceList(m)}</ul>`;
}

function coverageTable(feeds: readonly CoverageFeed[]): string {
  const rows = feeds
    .map(
      (
        f,
      ) => `<tr><td>${esc(f.title ?? f.url)}<br><span class="muted">${esc(f.url)}</span></td><td>${f.items}</td><td>${day(f.firstItem)} to ${day(f.lastItem)}</td>
<td>${f.lastErrorCode ? `<span class="flag">${esc(f.state)}: ${esc(f.lastErrorCode)}</span>` : esc(f.state)}</td></tr>`,
    )
    .join('\n');
  return `<table><tr><th>Feed</th><th>Items</th><th>Dates</th><th>Health</th></tr>${rows}</table>`;
}

/** Returns the report as a standalone, printable HTML document. */
export function screeningHtml(report: ScreeningReport): string {
  const failing = report.coverage.feeds.filter((f) => f.lastErrorCode !== null);
  const sections = report.entries
    .map((r) => {
      const body = r.matches.length
        ? entryThemes(r) + r.matches.map(matchSection).join('\n')
        : `<p>No entity in the archive matches this entry. That is a statement about the ${report.coverage.items} items searched (see Coverage), not a finding that there is no adverse news.</p>`;
      return `<section><h2>${esc(r.entry.name)} <span class="muted">(line ${r.entry.line}${r.entry.identifier ? `, ${esc(r.entry.identifier)}` : ''})</span></h2>\n${body}</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Screening: ${esc(report.watchlist.name)}</title><style>${STYLE}</style></head><body>
<h1>Screening of “${esc(report.watchlist.name)}” against the archive</h1>
<p>Generated ${esc(report.generatedAt)} by newswatch. ${report.summary.entries} entries; ${report.summary.withMatches} with matches (${report.summary.confirmed} confirmed, ${report.summary.rejected} rejected). Match threshold ${report.threshold}.</p>
<p>Searched ${report.coverage.items} items${report.since ? ` published since ${day(report.since)}` : ''} from ${report.coverage.feeds.length} feeds, ${day(report.coverage.from)} to ${day(report.coverage.to)}, naming ${report.coverage.entities} entities.${failing.length ? ` <span class="flag">${failing.length} feeds were failing at their last fetch: their recent items may be missing.</span>` : ''}</p>
${sections}
<h2>Coverage</h2>${coverageTable(report.coverage.feeds)}
</body></html>
`;
}
