// Runs of adjacent tokens, prepared once per name: a run may be one word written apart
// ("Hik Vision", Chinese syllables "jin ping") or the words an acronym stands for.
import type { PreparedToken } from './prepare-name.ts';

/** At most this many tokens are read as one word written apart. */
export const MAX_JOINED = 4;

export interface TokenRun {
  readonly indexes: readonly number[];
  /** First letters of the run's content words ("nca" for National Crime Agency). */
  readonly initials: string;
  /** The same with stop words ("boa" for Bank of America). */
  readonly initialsWithStops: string;
  /** The run's words written together ("hikvision"), when it has no stop words and at most MAX_JOINED tokens. */
  readonly joinedText: string | null;
  /** The run written as one word, prepared on first use (most runs are never compared). */
  joined(): PreparedToken | null;
}

const isContent = (t: PreparedToken): boolean => t.kind !== 'stop';

/** Returns the runs of two or more adjacent tokens that start and end with a content word. */
export function buildRuns(
  tokens: readonly PreparedToken[],
  joinToken: (text: string, first: PreparedToken) => PreparedToken,
): TokenRun[] {
  const runs: TokenRun[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (!isContent(tokens[start]!)) continue;
    const indexes = [start];
    for (let k = start + 1; k < tokens.length && indexes.length < MAX_JOINED + 2; k++) {
      indexes.push(k);
      if (isContent(tokens[k]!)) runs.push(makeRun(tokens, [...indexes], joinToken));
    }
  }
  return runs;
}

function makeRun(
  tokens: readonly PreparedToken[],
  indexes: number[],
  joinToken: (text: string, first: PreparedToken) => PreparedToken,
): TokenRun {
  const run = indexes.map((i) => tokens[i]!);
  const content = run.filter(isContent);
  const joinedText =
    content.length === run.length && run.length <= MAX_JOINED ? run.map((t) => t.text).join('') : null;
  let joined: PreparedToken | null | undefined;
  return {
    indexes,
    initials: content.map((t) => t.text[0]).join(''),
    initialsWithStops: run.map((t) => t.text[0]).join(''),
    joinedText,
    joined() {
      if (joined === undefined) joined = joinedText === null ? null : joinToken(joinedText, run[0]!);
      return joined;
    },
  };
}
