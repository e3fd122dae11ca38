// Key figures: the quantitative claims of a text ("as many as one million Uyghurs", "380
// internment camps", "84% of China's cotton exports"), each with its hedge, unit, the noun it
// counts, its sentence and offsets.
import type { Figure } from '../model/story.ts';
import { findCounted, findCountedBefore, findHedge, isNotAClaim } from './figure-context.ts';
import { findQuantities, type Quantity } from './figure-quantities.ts';
import { countedKey } from './figure-keys.ts';
import { splitSentences, type Span } from './text-sentences.ts';

// "one of the", "two countries" in "the two countries": small word numbers are claims only
// after no determiner.
const DETERMINER_BEFORE = /\b(?:the|these|those|its|their|his|her|our|both|all|every|each|first|last)\s+$/iu;

/** Returns the figures of text, in order. */
export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of splitSentences(text)) {
    for (const q of findQuantities(sentence.text)) {
      const figure = toFigure(sentence, q);
      if (figure !== null) figures.push(figure);
    }
  }
  return figures;
}

function toFigure(sentence: Span, q: Quantity): Figure | null {
  const s = sentence.text;
  if (isNotAClaim(s, q)) return null;
  if (q.value < 10 && !q.isApproximate && DETERMINER_BEFORE.test(s.slice(0, q.start))) return null;
  const allowOf = q.unit === 'percent' || q.isApproximate || q.value >= 1e6;
  const hedge = findHedge(s, q.start);
  const after = findCounted(s, q.end, allowOf);
  const before = after === null && hedge === null ? findCountedBefore(s, q.start) : null;
  const counted = after ?? (before === null ? null : { counted: before.counted, end: q.end });
  if (counted === null) return null;
  const start = before?.start ?? hedge?.start ?? q.start;
  return {
    quantity: q.text,
    value: q.value,
    isApproximate: q.isApproximate,
    unit: q.unit,
    currency: q.currency,
    qualifier: hedge?.qualifier ?? null,
    hedge: hedge?.hedge ?? null,
    counted: counted.counted,
    countedKey: countedKey(counted.counted),
    sentence: s,
    start: sentence.start + start,
    end: sentence.start + counted.end,
    sentenceStart: sentence.start,
  };
}
