// Maps error codes to process exit codes, by the code's stage prefix.
const EXIT_CODES: ReadonlyArray<readonly [prefix: string, code: number]> = [
  ['usage.', 2],
  ['parse.', 3],
  ['store.', 4],
  ['fetch.', 5],
  ['query.', 6],
  ['input.', 7],
];

/** Returns the exit code for an AppError code (1 when no prefix matches). */
export function exitCodeFor(code: string): number {
  return EXIT_CODES.find(([prefix]) => code.startsWith(prefix))?.[1] ?? 1;
}
