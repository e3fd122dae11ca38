// A screening report as CSV: one row per piece of evidence, so a spreadsheet can filter it.
import type { EvidenceTheme, ScreeningReport } from '../model/index.ts';
import { csvLine } from './csv.ts';

const HEADER = [
  'entry_line',
  'entry_name',
  'entry_identifier',
  'entity_id',
  'entity_name',
  'entity_type',
  'score',
  'decision',
  'decided_by',
  'reason',
  'outlets',
  'item_id',
  'published',
  'source',
  'title',
  'url',
  'sentence',
  'source_sha256',
  'themes',
];

/** Returns an item's themes in one cell: "Surveillance technology (cameras, CCTV); Protest (protest)". */
function themesCell(themes: readonly EvidenceTheme[]): string {
  return themes.map((t) => `${t.label} (${t.triggers.join(', ')})`).join('; ');
}

/** Returns the report as CSV, an entry without matches on a row of its own. */
export function screeningCsv(report: ScreeningReport): string {
  let out = csvLine(HEADER);
  for (const r of report.entries) {
    const entry = [r.entry.line, r.entry.name, r.entry.identifier];
    if (r.matches.length === 0) out += csvLine([...entry, '', '', '', '', 'no match in the archive']);
    for (const m of r.matches) {
      const match = [
        m.entity.id,
        m.entity.name,
        m.entity.type,
        m.match.score,
        m.decision?.decision ?? 'undecided',
        m.decision?.actor ?? '',
        m.decision?.reason ?? '',
        m.outlets,
      ];
      for (const ev of m.evidence)
        out += csvLine([
          ...entry,
          ...match,
          ev.itemId,
          ev.published,
          ev.source,
          ev.title,
          ev.url,
          ev.sentence,
          ev.sourceSha256,
          themesCell(ev.themes),
        ]);
    }
  }
  return out;
}
