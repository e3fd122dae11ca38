// BILOU tags over the four CoNLL types, and the spans they encode. BILOU (Begin, Inside,
// Last, Unit, Outside) beats IOB for greedy taggers (Ratinov & Roth 2009, section 4).

export type TaggerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const TAGGER_TYPES: readonly TaggerType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Tag 0 is O; tag 1 + 4 * type + part, with part 0 B, 1 I, 2 L, 3 U. */
export const TAG_COUNT = 1 + 4 * TAGGER_TYPES.length;

const PARTS = ['B', 'I', 'L', 'U'] as const;

/** A run of tokens [start, end) that names one entity of type. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: TaggerType;
}

/** Returns the tag's name, such as "B-PER" or "O". */
export function tagName(tag: number): string {
  if (tag === 0) return 'O';
  const type = TAGGER_TYPES[(tag - 1) >> 2] ?? 'MISC';
  return `${PARTS[(tag - 1) & 3]}-${type}`;
}

/** Returns the type index (0..3) of a tag, or -1 for O. */
export function tagTypeIndex(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}

/** Returns the part of a tag: 0 B, 1 I, 2 L, 3 U, or -1 for O. */
export function tagPart(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) & 3;
}

/** Returns the tag for a type index and part. */
export function makeTag(typeIndex: number, part: number): number {
  return 1 + 4 * typeIndex + part;
}

/** Returns the BILOU tags that encode spans over n tokens. */
export function encodeSpans(spans: readonly TokenSpan[], n: number): Uint8Array {
  const tags = new Uint8Array(n);
  for (const span of spans) {
    const t = TAGGER_TYPES.indexOf(span.type);
    if (span.end - span.start === 1) {
      tags[span.start] = makeTag(t, 3);
      continue;
    }
    tags[span.start] = makeTag(t, 0);
    for (let i = span.start + 1; i < span.end - 1; i++) tags[i] = makeTag(t, 1);
    tags[span.end - 1] = makeTag(t, 2);
  }
  return tags;
}

/** Returns the spans in a tag sequence, tolerating ill-formed runs (an I without a B starts a span). */
export function decodeSpans(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = -1;
  const close = (end: number): void => {
    if (start >= 0) spans.push({ start, end, type: TAGGER_TYPES[type] ?? 'MISC' });
    start = -1;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 0;
    const part = tagPart(tag);
    const t = tagTypeIndex(tag);
    if (part === -1) close(i);
    else if (part === 0 || part === 3 || start < 0 || t !== type) {
      close(i);
      start = i;
      type = t;
    }
    if (part === 2 || part === 3) close(i + 1);
  }
  close(tags.length);
  return spans;
}
