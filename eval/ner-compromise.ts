// The baseline: the rule-based compromise library's people, organisations and places
// (it has no MISC), run on each CoNLL sentence written out with spaces between tokens.
import nlp from 'compromise';
import type { Span } from './ner-score.ts';

interface Match {
  readonly offset: { readonly start: number; readonly length: number };
}

const KINDS = [
  ['PER', (d: ReturnType<typeof nlp>) => d.people()],
  ['ORG', (d: ReturnType<typeof nlp>) => d.organizations()],
  ['LOC', (d: ReturnType<typeof nlp>) => d.places()],
] as const;

/** Returns compromise's names in a sentence of tokens, as token spans. */
export function compromiseSpans(words: readonly string[]): Span[] {
  const starts: number[] = [];
  let text = '';
  for (const w of words) {
    starts.push(text.length);
    text += `${w} `;
  }
  const doc = nlp(text);
  const spans: Span[] = [];
  for (const [type, pick] of KINDS) {
    for (const m of pick(doc).json({ offset: true }) as Match[]) {
      const start = tokenAt(starts, m.offset.start);
      const end = tokenAt(starts, m.offset.start + m.offset.length - 1) + 1;
      if (!spans.some((s) => s.start < end && start < s.end)) spans.push({ start, end, type });
    }
  }
  return spans;
}

function tokenAt(starts: readonly number[], offset: number): number {
  let k = 0;
  while (k + 1 < starts.length && (starts[k + 1] ?? Infinity) <= offset) k += 1;
  return k;
}
