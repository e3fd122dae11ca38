// A word diff between two texts: common prefix and suffix first (most edits are local), then
// the longest common subsequence of what is left, if that is small enough to compute.

export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** Above this many cells the middle is shown as removed-then-added, not aligned word by word. */
const MAX_CELLS = 2_000_000;

/** Returns the words and the spaces between them, in order (joined, they give the text back). */
export function tokenizeWords(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array[] {
  const rows = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = rows[i] as Uint32Array;
    const below = rows[i + 1] as Uint32Array;
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  return rows;
}

function diffMiddle(a: readonly string[], b: readonly string[]): DiffPart[] {
  if (a.length * b.length > MAX_CELLS) {
    return [
      { kind: 'removed', text: a.join('') },
      { kind: 'added', text: b.join('') },
    ];
  }
  const table = lcsTable(a, b);
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i++] as string });
      j++;
    } else if (i < a.length && (j === b.length || (table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0))) {
      parts.push({ kind: 'removed', text: a[i++] as string });
    } else {
      parts.push({ kind: 'added', text: b[j++] as string });
    }
  }
  return parts;
}

/** Returns consecutive parts of the same kind merged. */
function merge(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.kind === part.kind)
      out[out.length - 1] = { kind: part.kind, text: last.text + part.text };
    else if (part.text) out.push(part);
  }
  return out;
}

/** Returns the word diff that turns before into after. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenizeWords(before);
  const b = tokenizeWords(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  const same = (words: readonly string[]): DiffPart => ({ kind: 'same', text: words.join('') });
  return merge([
    same(a.slice(0, start)),
    ...diffMiddle(a.slice(start, a.length - end), b.slice(start, b.length - end)),
    same(a.slice(a.length - end)),
  ]);
}
