// Repairs people whose last word says they are organisations ("Helena Kennedy Centre") and
// joins "X Centre for Y" that the tagger cut in two at "for" or "of".
import type { EntityMention } from '../model/entity.ts';

const HEADS = new Set(
  (
    'Centre Center Institute Foundation University College School Academy Trust Fund Society Association Council ' +
    'Commission Committee Agency Party Bank Hospital Museum Ministry Department Office Authority Corporation Company ' +
    'Group Network Project Alliance Coalition Union Federation Forum Congress Organisation Organization Watch'
  ).split(' '),
);

/** Returns mentions with organisation heads retyped as ORG and "Head for/of Name" joined into one. */
export function repairOrgHeads(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      endsWithHead(prev.text) &&
      m.type !== 'LAW' &&
      isLinkedBy(text.slice(prev.end, m.start))
    ) {
      out[out.length - 1] = {
        ...prev,
        type: 'ORG',
        end: m.end,
        text: text.slice(prev.start, m.end),
        confidence: Math.min(prev.confidence, m.confidence),
      };
      continue;
    }
    // Only people: places end in such words too (West Bank, Soviet Union).
    out.push(endsWithHead(m.text) && m.type === 'PER' && m.source === 'tagger' ? { ...m, type: 'ORG' } : m);
  }
  return out;
}

/** Returns true when name's last word says it is an organisation ("Centre", "Trust"). */
export function endsWithHead(name: string): boolean {
  return HEADS.has(name.split(/\s+/u).pop() ?? '');
}

function isLinkedBy(gap: string): boolean {
  return /^\s+(?:for|of|on)\s+(?:the\s+)?$/u.test(gap);
}
