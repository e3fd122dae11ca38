// Turns the tagger's BILOU tags over one sentence into mentions with character offsets.
import type { EntityMention, SentenceSpan } from '../model/entity.ts';
import type { TaggedSentence } from './tag-document.ts';
import { decodeSpans } from './tags.ts';
import type { Token } from './tokenizer.ts';

export type Draft = EntityMention;

/** Returns the mentions the tags mark in a sentence; confidence is the least sure token's. */
export function mentionsFromTags(
  text: string,
  tokens: readonly Token[],
  tagged: TaggedSentence | undefined,
  sentence: SentenceSpan,
): Draft[] {
  if (tagged === undefined) return [];
  const out: Draft[] = [];
  for (const span of decodeSpans(tagged.tags)) {
    let last = span.end - 1;
    while (last > span.start && /^['’]s$/iu.test(tokens[last]?.text ?? '')) last -= 1;
    const first = tokens[span.start];
    const end = tokens[last];
    if (first === undefined || end === undefined) continue;
    let confidence = 1;
    for (let i = span.start; i < span.end; i++) confidence = Math.min(confidence, tagged.confidence[i] ?? 0);
    out.push({
      text: text.slice(first.start, end.end),
      type: span.type,
      start: first.start,
      end: end.end,
      sentence,
      confidence: Math.round(confidence * 1000) / 1000,
      source: 'tagger',
    });
  }
  return out;
}
