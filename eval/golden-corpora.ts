// Finds the golden pairs (input feed, expected output) in ../shared/corpora/feeds-golden and binds
// each to the mapping that reads its expected format. Inputs without an expected output are listed
// as skipped, with the reason.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { ParsedFeed } from '../src/model/index.ts';
import { check, type FieldCheck } from './golden-check.ts';
import { compareGofeedAtom } from './golden-map-gofeed-atom.ts';
import { compareGofeedRss } from './golden-map-gofeed-rss.ts';
import { compareGofeedUniversal } from './golden-map-gofeed-universal.ts';
import { compareJsonFeed } from './golden-map-jsonfeed.ts';
import { compareRssParser } from './golden-map-rss-parser.ts';

export interface GoldenCase {
  /** The input's path inside feeds-golden, as printed. */
  readonly file: string;
  readonly inputPath: string;
  readonly compare: (feed: ParsedFeed) => FieldCheck[];
}

export interface Corpus {
  readonly name: string;
  readonly cases: readonly GoldenCase[];
  readonly skipped: readonly string[];
}

/** Inputs whose expected output cannot speak for the peer's ordinary behaviour. */
const LEFT_OUT: Readonly<Record<string, string>> = {
  'rss-parser/test/input/xml2js-options.rss':
    'expected output made with custom xml2js options (empty elements as "EMPTY"); the same input is rss-1.rss',
};

type Compare = (expected: unknown, feed: ParsedFeed, inputPath: string) => FieldCheck[];

/** Returns every corpus found under the feeds-golden root, in a fixed order. */
export function listCorpora(root: string): Corpus[] {
  const gofeed = join(root, 'gofeed/testdata');
  return [
    pairs(root, 'rss-parser', [
      [join(root, 'rss-parser/test/input'), rssParserExpected, compareRssParserCase],
    ]),
    pairs(root, 'gofeed/parser-rss', [[join(gofeed, 'parser/rss'), sameStem, compareGofeedRssCase]]),
    pairs(root, 'gofeed/parser-atom', [
      [join(gofeed, 'parser/atom'), sameStem, (e, f) => compareGofeedAtom(e, f)],
    ]),
    pairs(root, 'gofeed/parser-json', [
      [join(gofeed, 'parser/json'), expectedSuffix, (e, f) => compareJsonFeed(e, f)],
    ]),
    pairs(root, 'gofeed/translator', [
      [join(gofeed, 'translator/atom'), sameStem, (e, f) => compareGofeedUniversal(e, f)],
      [join(gofeed, 'translator/rss'), sameStem, (e, f) => compareGofeedUniversal(e, f)],
      [join(gofeed, 'translator/json'), expectedSuffix, (e, f) => compareGofeedUniversal(e, f)],
    ]),
    pairs(root, 'gofeed/extensions', ['dublincore', 'itunes', 'media'].map(extensionSource(gofeed))),
    detection(root, [join(gofeed, 'parser/universal'), join(gofeed, 'parser/json/invalid')]),
  ];
}

type Source = readonly [dir: string, expectedFor: (input: string) => string | null, compare: Compare];

function extensionSource(gofeed: string): (name: string) => Source {
  return (name) => [join(gofeed, 'extensions', name), sameStem, (e, f) => compareGofeedUniversal(e, f)];
}

function pairs(root: string, name: string, sources: readonly Source[]): Corpus {
  const cases: GoldenCase[] = [];
  const skipped: string[] = [];
  for (const [dir, expectedFor, compare] of sources) {
    for (const inputPath of inputsIn(dir)) {
      const expectedPath = expectedFor(inputPath);
      const file = relative(root, inputPath);
      if (expectedPath === null) continue;
      const leftOut = LEFT_OUT[file];
      if (leftOut !== undefined) {
        skipped.push(`${file}: ${leftOut}`);
        continue;
      }
      if (!existsSync(expectedPath)) {
        skipped.push(`${file}: no expected output`);
        continue;
      }
      const expected = readExpected(expectedPath);
      if (expected instanceof Error)
        skipped.push(`${file}: expected output unreadable (${expected.message})`);
      else cases.push({ file, inputPath, compare: (feed) => compare(expected, feed, inputPath) });
    }
  }
  return { name, cases, skipped };
}

function inputsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(dir, entry.name))
    .sort();
}

/** gofeed pairs `x.xml` with `x.json`; JSON files are expectations there, not inputs. */
function sameStem(input: string): string | null {
  return input.endsWith('.xml') ? input.replace(/\.xml$/, '.json') : null;
}

/** gofeed's JSON Feed cases pair `x.json` with `x_expected.json`. */
function expectedSuffix(input: string): string | null {
  return input.endsWith('.json') && !input.endsWith('_expected.json')
    ? input.replace(/\.json$/, '_expected.json')
    : null;
}

/** rss-parser pairs `test/input/x.rss` with `test/output/x.json`. */
function rssParserExpected(input: string): string {
  return join(input, '../../output', basename(input).replace(/\.[^.]+$/, '.json'));
}

/**
 * Returns the parsed expected JSON. rss-parser wrote one of its outputs (encoding.json) in
 * ISO-8859-1, so bytes that are not UTF-8 are read as Latin-1.
 */
function readExpected(path: string): unknown {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Returns the feed's root element name (rss, feed or rdf:RDF), read from the input's first bytes. */
function rootElement(inputPath: string): string | null {
  const head = readFileSync(inputPath)
    .subarray(0, 8192)
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  return /<(rss|feed|rdf:RDF)[\s>]/.exec(head)?.[1] ?? null;
}

/** rss-parser's `content` means the description in RSS but the content in Atom. */
function compareRssParserCase(expected: unknown, feed: ParsedFeed, inputPath: string): FieldCheck[] {
  return compareRssParser(expected, feed, rootElement(inputPath) === 'feed');
}

/** gofeed's rss.Feed does not say RSS 2.0 from RSS 1.0 (RDF); the input's root element does. */
function compareGofeedRssCase(expected: unknown, feed: ParsedFeed, inputPath: string): FieldCheck[] {
  return compareGofeedRss(expected, feed, rootElement(inputPath) === 'rdf:RDF' ? 'rdf' : 'rss');
}

/** gofeed's universal tests check only the detected type, named in the file name. */
function detection(root: string, dirs: readonly string[]): Corpus {
  const cases = dirs.flatMap(inputsIn).map((inputPath): GoldenCase => {
    const expected = detectedFormat(basename(inputPath));
    return {
      file: relative(root, inputPath),
      inputPath,
      compare: (feed) => [check('feed.format', expected, feed.format)],
    };
  });
  return { name: 'gofeed/detect', cases, skipped: [] };
}

function detectedFormat(name: string): string {
  if (/^(empty|unknown|invalid)/.test(name)) return 'unknown';
  if (name.startsWith('atom')) return 'atom';
  if (name.startsWith('rdf')) return 'rdf';
  if (name.startsWith('rss')) return 'rss';
  return 'json';
}
