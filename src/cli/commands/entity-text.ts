// The text rendering of an entity's page.
import type { EntityDetail } from '../../model/index.ts';
import { sparkline } from '../text-format.ts';

/** Returns an entity's page as text. */
export function formatEntityDetail(d: EntityDetail): string {
  const e = d.entity;
  const lines = [
    `#${e.id} ${e.name} (${e.type}) · ${e.itemCount} items, ${e.mentionCount} mentions · ${e.firstSeen?.slice(0, 10) ?? '?'} to ${e.lastSeen?.slice(0, 10) ?? '?'}`,
    `Written as: ${d.spellings.map((s) => `${s.text} (${s.count})`).join(', ')}`,
  ];
  if (d.aliases.length)
    lines.push(`Aliases:    ${d.aliases.map((a) => `${a.alias} [${a.source}]`).join(', ')}`);
  if (d.perDay.length)
    lines.push(
      `Items/day:  ${sparkline(d.perDay.map((p) => p.items))} (${d.perDay[0]?.day} to ${d.perDay.at(-1)?.day})`,
    );
  if (d.cooccurring.length)
    lines.push(`Seen with:  ${d.cooccurring.map((c) => `${c.entity.name} (${c.sharedItems})`).join(', ')}`);
  lines.push('', 'Evidence:');
  for (const ev of d.evidence)
    lines.push(
      `  #${ev.itemId} ${ev.published.slice(0, 10)} ${ev.source}: ${ev.title ?? ''}`,
      `    “${ev.sentence}”`,
    );
  if (d.decisions.length) {
    lines.push(
      '',
      'Decisions:',
      ...d.decisions.map((x) => `  ${x.at} ${x.actor}: ${x.kind} ${JSON.stringify(x.detail)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
