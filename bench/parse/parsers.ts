// The contestants, each behind one shape: bytes in, a result and its item count out.
// Full parsers start from the bytes, as they would after a fetch: those that take a string pay
// for a UTF-8 decode inside the timing, as newswatch pays for its own encoding detection.
// The bare tokenising passes get the decoded string, as the issue defines them.
import { extractFromXml } from '@extractus/feed-extractor';
import FeedParser from 'feedparser';
import { parseFeed as parseFeedsmith } from 'feedsmith';
import { Parser as HtmlParser } from 'htmlparser2';
import RssParser from 'rss-parser';
import { SaxesParser } from 'saxes';
import { parseFeed } from '../../src/parse/index.ts';

export interface ParserInput {
  readonly bytes: Buffer;
  /** The bytes decoded as UTF-8 ahead of the timing, for the bare tokenisers. */
  readonly text: string;
}

export interface ParseOutcome {
  readonly result: unknown;
  /** Items or entries returned (for tokenisers: item and entry start tags seen). */
  readonly items: number;
}

export interface BenchParser {
  readonly name: string;
  readonly kind: 'newswatch' | 'peer' | 'tokeniser' | 'decode';
  readonly run: (input: ParserInput) => ParseOutcome | Promise<ParseOutcome>;
}

const NOW = new Date('2024-06-01T12:00:00Z');
const decoder = new TextDecoder('utf-8');
const rssParser = new RssParser();

/** Returns every contestant, newswatch first. */
export function listParsers(): readonly BenchParser[] {
  return [
    { name: 'newswatch', kind: 'newswatch', run: runNewswatch },
    { name: 'feedsmith', kind: 'peer', run: runFeedsmith },
    { name: 'rss-parser', kind: 'peer', run: runRssParser },
    { name: 'feedparser', kind: 'peer', run: runFeedparser },
    { name: 'feed-extractor', kind: 'peer', run: runFeedExtractor },
    { name: 'saxes (bare)', kind: 'tokeniser', run: runSaxes },
    { name: 'htmlparser2 (bare)', kind: 'tokeniser', run: runHtmlparser2 },
    { name: 'utf-8 decode', kind: 'decode', run: runDecode },
  ];
}

function runNewswatch(input: ParserInput): ParseOutcome {
  const feed = parseFeed(input.bytes, { now: NOW });
  return { result: feed, items: feed.items.length };
}

function runFeedsmith(input: ParserInput): ParseOutcome {
  const parsed = parseFeedsmith(decoder.decode(input.bytes));
  const feed: { items?: readonly unknown[]; entries?: readonly unknown[] } = parsed.feed;
  return { result: parsed, items: (feed.items ?? feed.entries ?? []).length };
}

async function runRssParser(input: ParserInput): Promise<ParseOutcome> {
  const feed = await rssParser.parseString(decoder.decode(input.bytes));
  return { result: feed, items: feed.items.length };
}

function runFeedparser(input: ParserInput): Promise<ParseOutcome> {
  return new Promise((resolve, reject) => {
    const items: unknown[] = [];
    const stream = new FeedParser({});
    stream.on('readable', () => {
      for (let item = stream.read(); item !== null; item = stream.read()) items.push(item);
    });
    stream.on('error', (error: Error) => reject(error));
    stream.on('end', () => resolve({ result: { meta: stream.meta, items }, items: items.length }));
    stream.end(input.bytes);
  });
}

function runFeedExtractor(input: ParserInput): ParseOutcome {
  const feed = extractFromXml(decoder.decode(input.bytes));
  return { result: feed, items: feed.entries?.length ?? 0 };
}

function runSaxes(input: ParserInput): ParseOutcome {
  const counts = { elements: 0, texts: 0, items: 0, errors: 0 };
  const parser = new SaxesParser();
  // A handler that does not throw lets saxes go on past well-formedness errors, as a real pass would.
  parser.on('error', () => (counts.errors += 1));
  parser.on('opentag', (tag) => {
    counts.elements += 1;
    if (tag.name === 'item' || tag.name === 'entry') counts.items += 1;
  });
  parser.on('text', () => (counts.texts += 1));
  parser.on('cdata', () => (counts.texts += 1));
  parser.write(input.text).close();
  return { result: counts, items: counts.items };
}

function runHtmlparser2(input: ParserInput): ParseOutcome {
  const counts = { elements: 0, texts: 0, items: 0 };
  const handlers = {
    onopentagname(name: string) {
      counts.elements += 1;
      if (name === 'item' || name === 'entry') counts.items += 1;
    },
    ontext() {
      counts.texts += 1;
    },
  };
  const parser = new HtmlParser(handlers, { xmlMode: true });
  parser.write(input.text);
  parser.end();
  return { result: counts, items: counts.items };
}

function runDecode(input: ParserInput): ParseOutcome {
  const text = decoder.decode(input.bytes);
  return { result: text, items: 0 };
}
