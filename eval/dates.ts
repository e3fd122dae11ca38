// `npx tsx eval/dates.ts`: the date reader against feedparser's 71 date cases (each run
// through parseFeedDate, the face the adapters call), then, as a side check, against the
// dates the golden feed corpora carry with a peer's reading beside them, and a throughput figure.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeedDate } from '../src/parse/dates/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = resolve(ROOT, '../shared/corpora');

type Tuple = readonly number[];
interface DateCase {
  readonly input: string;
  readonly expectedUtcTuple: Tuple | null;
}

// time.struct_time in UTC: year, month, day, hour, minute, second, weekday (Mon=0), yday, isdst.
function toTuple(d: Date): Tuple {
  const startOfYear = new Date(0);
  startOfYear.setUTCFullYear(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - startOfYear.getTime()) / 86_400_000) + 1;
  const h = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), ...h, (d.getUTCDay() + 6) % 7, yday, 0];
}

function show(t: Tuple | null): string {
  return t === null ? 'null' : `(${t.join(', ')})`;
}

function runFeedparserCases(): string[] {
  const file = resolve(CORPORA, 'feedparser/date_tests.json');
  const { tests } = JSON.parse(readFileSync(file, 'utf8')) as { tests: Record<string, DateCase[]> };
  let passed = 0;
  let total = 0;
  const failures: string[] = [];
  console.log('feedparser date_tests.json, every case through parseFeedDate');
  for (const [group, cases] of Object.entries(tests)) {
    let groupPassed = 0;
    for (const c of cases) {
      const date = parseFeedDate(c.input);
      const got = date === null ? null : toTuple(date);
      if (show(got) === show(c.expectedUtcTuple)) groupPassed++;
      else
        failures.push(
          `  ${group} ${JSON.stringify(c.input)}: expected ${show(c.expectedUtcTuple)}, got ${show(got)}`,
        );
    }
    console.log(`  ${group.padEnd(24)} ${groupPassed}/${cases.length}`);
    passed += groupPassed;
    total += cases.length;
  }
  console.log(`  total                    ${passed}/${total}`);
  console.log(failures.length === 0 ? '  failures: none' : `  failures:\n${failures.join('\n')}`);
  return Object.values(tests).flatMap((cases) => cases.map((c) => c.input));
}

// (raw, peer's ISO reading) pairs: gofeed's `xParsed` beside `x`, rss-parser's `isoDate` beside
// `pubDate`. An item's pubDate without isoDate is one the peer could not read (reading '');
// rss-parser gives no isoDate at feed level, so only items count.
function collectPairs(node: unknown, out: Map<string, string>, isItem = false): void {
  if (Array.isArray(node)) {
    for (const child of node) collectPairs(child, out, isItem);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const pubDate = record['pubDate'];
  if (isItem && typeof pubDate === 'string' && !('isoDate' in record)) out.set(pubDate, '');
  for (const [key, value] of Object.entries(record)) {
    const raw = key === 'isoDate' ? pubDate : key.endsWith('Parsed') ? record[key.slice(0, -6)] : undefined;
    if (typeof raw === 'string' && typeof value === 'string') out.set(raw, value);
    collectPairs(value, out, key === 'items');
  }
}

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => resolve(dir, f));
}

function runGoldenPairs(name: string, dir: string): string[] {
  const pairs = new Map<string, string>();
  for (const file of jsonFilesUnder(dir)) {
    try {
      collectPairs(JSON.parse(readFileSync(file, 'utf8')), pairs);
    } catch {
      // A few golden files are not JSON documents (inputs); they carry no pairs.
    }
  }
  let agree = 0;
  let peerUnread = 0;
  let oursOfPeerUnread = 0;
  const differ: string[] = [];
  for (const [raw, peer] of pairs) {
    const ours = parseFeedDate(raw)?.toISOString() ?? null;
    if (peer === '') {
      peerUnread++;
      if (ours !== null) oursOfPeerUnread++;
    } else if (ours !== null && new Date(peer).getTime() === new Date(ours).getTime()) agree++;
    else differ.push(`  ${JSON.stringify(raw)}: peer ${peer}, ours ${ours ?? 'null'}`);
  }
  const read = pairs.size - peerUnread;
  console.log(`\n${name}: ${agree}/${read} distinct dates read to the same instant as the peer`);
  if (peerUnread > 0)
    console.log(`  the peer could not read ${peerUnread} more; we read ${oursOfPeerUnread} of them`);
  if (differ.length > 0) console.log(differ.slice(0, 20).join('\n'));
  return [...pairs.keys()];
}

function runThroughput(label: string, inputs: readonly string[]): void {
  const rounds = Math.ceil(2_000_000 / inputs.length);
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const s of inputs) sink += parseFeedDate(s) === null ? 0 : 1;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = (rounds * inputs.length) / seconds / 1e6;
  console.log(`  ${label}: ${perSecond.toFixed(2)} M dates/s (${inputs.length} texts, ${sink} readings)`);
}

const feedparserInputs = runFeedparserCases();
const golden = [
  ...runGoldenPairs('gofeed golden (xParsed)', resolve(CORPORA, 'feeds-golden/gofeed/testdata')),
  ...runGoldenPairs(
    'rss-parser golden (isoDate, read by JS Date)',
    resolve(CORPORA, 'feeds-golden/rss-parser/test/output'),
  ),
];
console.log('\nthroughput (one core, shared machine: indicative only)');
runThroughput('real feed dates from the golden corpora', golden);
runThroughput("feedparser's 71 edge cases", feedparserInputs);
