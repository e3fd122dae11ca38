// `newswatch show ITEM_ID`: an item with its versions, removals, duplicates and provenance, and
// what analysis found in it: its story, names, themes with their trigger words, and figures.
import type { Command } from 'commander';
import { AppError, asItemId, type ItemDetail } from '../../model/index.ts';
import { readItemFindings, type ItemFindings } from '../../pipeline/index.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';
import { findingsLines } from './item-findings-text.ts';

interface ShowFlags extends DbFlags {
  readonly json?: boolean;
}

function versionLines(detail: ItemDetail): string[] {
  return detail.versions.map(
    (v) =>
      `  v${v.version} seen ${v.seenAt}, replaced ${v.replacedAt} (changed: ${v.changedFields.join(', ') || 'nothing visible'})\n    title: ${v.title ?? '(none)'}`,
  );
}

function formatDetail(d: ItemDetail, found: ItemFindings): string {
  const i = d.item;
  const lines = [
    `#${i.id} ${i.title ?? '(untitled)'}`,
    `Source:     ${i.sourceName} (feed ${i.feedId})`,
    `Link:       ${i.url ?? '(none)'}`,
    `Published:  ${i.publishedAt ?? 'unknown'}${i.publishedRaw ? ` (declared "${i.publishedRaw}")` : ''}`,
    `Seen:       first ${i.firstSeenAt}, last ${i.lastSeenAt}`,
    `Language:   ${i.language ?? 'unknown'}${i.isLanguageDetected ? ' (detected)' : ''}`,
    `Version:    ${i.version}${i.truncated ? ' · excerpt only (truncated)' : ''}${i.removedAt ? ` · removed from its feed ${i.removedAt}` : ''}`,
    '',
    i.text,
  ];
  if (d.versions.length) lines.push('', 'Earlier versions:', ...versionLines(d));
  if (d.events.length)
    lines.push('', 'Events:', ...d.events.map((e) => `  ${e.kind} at ${e.at} (fetch #${e.fetchId})`));
  if (d.canonical)
    lines.push(
      '',
      `Duplicate of #${d.canonical.itemId} in ${d.canonical.sourceName} (similarity ${d.canonical.similarity})`,
    );
  if (d.duplicates.length)
    lines.push(
      '',
      'Also in:',
      ...d.duplicates.map((x) => `  #${x.itemId} ${x.sourceName} (similarity ${x.similarity})`),
    );
  lines.push(
    '',
    'Provenance:',
    ...d.provenance.map(
      (f) => `  fetch #${f.id} at ${f.fetchedAt}: ${f.source} (${f.byteLength} bytes, sha256 ${f.sha256})`,
    ),
    ...findingsLines(found),
  );
  return `${lines.join('\n')}\n`;
}

/** Adds `show` to program. */
export function registerShow(program: Command): void {
  withDbOption(
    program
      .command('show')
      .description('show an item with its versions, duplicates, provenance, story, names, themes and figures')
      .argument('<item-id>', 'item number, as search prints it')
      .option('--json', 'print JSON'),
  ).action(async (id: string, flags: ShowFlags) => {
    const n = Number(id.replace(/^#/, ''));
    if (!Number.isInteger(n) || n < 1)
      throw new AppError('usage.bad_id', `show: '${id}' is not an item number`);
    const [detail, found] = await withStore(flags, async (store) => {
      const item = await store.getItem(asItemId(n));
      return [item, item ? await readItemFindings(store, asItemId(n)) : null] as const;
    });
    if (!detail || !found) throw new AppError('input.not_found', `show: no item #${n}`);
    process.stdout.write(
      flags.json ? `${JSON.stringify({ ...detail, ...found }, null, 2)}\n` : formatDetail(detail, found),
    );
  });
}
