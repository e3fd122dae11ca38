// Tallies per category beside the Python peer's own results, and the failure listings.
import type { PeerOutcome } from './manifest.ts';
import type { Status, TestResult } from './run-test.ts';

export interface CategoryTally {
  readonly category: string;
  readonly tests: number;
  readonly counts: Readonly<Record<Status, number>>;
  /** Tests with a peer record, and the peer's outcomes over them. */
  readonly peerTests: number;
  readonly peer: Readonly<Record<PeerOutcome, number>>;
}

const emptyCounts = (): Record<Status, number> => ({ pass: 0, fail: 0, crash: 0, unsupported: 0, error: 0 });
const emptyPeer = (): Record<PeerOutcome, number> => ({ pass: 0, fail: 0, error: 0, skipped: 0 });

function tallyOf(
  category: string,
  results: readonly TestResult[],
  peer: ReadonlyMap<string, PeerOutcome>,
): CategoryTally {
  const counts = emptyCounts();
  const peerCounts = emptyPeer();
  let peerTests = 0;
  for (const r of results) {
    counts[r.status] += 1;
    const p = peer.get(r.path);
    if (p) {
      peerCounts[p] += 1;
      peerTests += 1;
    }
  }
  return { category, tests: results.length, counts, peerTests, peer: peerCounts };
}

/** Returns one tally per category (in first-seen order) and the total. */
export function tally(
  results: readonly TestResult[],
  peer: ReadonlyMap<string, PeerOutcome>,
): { categories: CategoryTally[]; total: CategoryTally } {
  const byCategory = new Map<string, TestResult[]>();
  for (const r of results) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  const categories = [...byCategory].map(([c, rs]) => tallyOf(c, rs, peer));
  return { categories, total: tallyOf('total', results, peer) };
}

const HEADER = [
  'category',
  'tests',
  'ours pass',
  'peer pass',
  'peer fail/err/skip',
  'diff',
  'ours fail',
  'crash',
  'unsup',
  'harness err',
];

function row(t: CategoryTally): string[] {
  const hasPeer = t.peerTests > 0;
  const diff = t.counts.pass - t.peer.pass;
  return [
    t.category,
    String(t.tests),
    String(t.counts.pass),
    hasPeer ? String(t.peer.pass) : '—',
    hasPeer ? `${t.peer.fail}/${t.peer.error}/${t.peer.skipped}` : '—',
    hasPeer ? (diff > 0 ? `+${diff}` : String(diff)) : '—',
    String(t.counts.fail),
    String(t.counts.crash),
    String(t.counts.unsupported),
    String(t.counts.error),
  ];
}

/** Returns the per-category table as aligned text. */
export function formatTable(categories: readonly CategoryTally[], total: CategoryTally): string {
  const rows = [HEADER, ...categories.map(row), row(total)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEADER), rule, ...rows.slice(1, -1).map(line), rule, line(row(total))].join('\n');
}

/** Returns the failing tests (fail, crash, unsupported, error) under a category prefix, as text. */
export function formatFailures(results: readonly TestResult[], categoryPrefix: string | null): string {
  const failing = results.filter(
    (r) => r.status !== 'pass' && (categoryPrefix === null || r.category.startsWith(categoryPrefix)),
  );
  const blocks = failing.map((r) =>
    [
      `${r.status.toUpperCase()}  ${r.path}`,
      `  description: ${r.description}`,
      `  expect:      ${r.expect.length > 400 ? `${r.expect.slice(0, 400)}…` : r.expect}`,
      `  why:         ${r.reason ?? ''}`,
    ].join('\n'),
  );
  return `${blocks.join('\n')}\n${failing.length} failing test(s)${categoryPrefix ? ` under ${categoryPrefix}` : ''}`;
}

/** Returns a failure reason with its specifics blurred, so that alike failures group together. */
export function reasonKey(reason: string): string {
  const clause = reason.split('  [')[0] ?? reason;
  // Keep the field (its keys), blur the values compared with it and the entry indexes.
  const shape = clause
    .replace(/ (==|!=|is not|is) .*$/, ' $1 …')
    .replace(/\[-?\d+\]/g, '[N]')
    .replace(/length \d+/g, 'length N');
  return reason.includes('is missing') ? `${shape} (missing)` : shape;
}

/** Returns the most common failure reasons, grouped, with a count and one example each. */
export function formatReasons(results: readonly TestResult[], top: number): string {
  const groups = new Map<string, TestResult[]>();
  for (const r of results) {
    if (r.status === 'pass') continue;
    const key = `${r.status}: ${reasonKey(r.reason ?? '')}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, top)
    .map(
      ([key, rs]) =>
        `${String(rs.length).padStart(4)}  ${key}\n      e.g. ${rs[0]?.path}: ${rs[0]?.reason?.slice(0, 300)}`,
    )
    .join('\n');
}
