import { describe, expect, it } from 'vitest';
import { isoToStructTime } from '../../eval/conformance/date-tuple.ts';
import { feedparserVersion, toFeedparserResult } from '../../eval/conformance/feedparser-view.ts';
import { checkExpression } from '../../eval/conformance/py-expr.ts';
import type { ParsedFeed } from '../../src/model/index.ts';
import { feedWith, itemWith } from './fixtures.ts';

const passes = (feed: ParsedFeed, src: string) =>
  checkExpression(src, toFeedparserResult(feed)).status === 'pass';
const title = { value: 'Example <b>feed</b>', type: 'text/html', language: 'en', base: null };

describe('isoToStructTime', () => {
  it('returns the UTC 9-tuple with Monday = 0 and the day of the year', () => {
    expect(isoToStructTime('2003-12-31T10:14:55.000Z')).toEqual([2003, 12, 31, 10, 14, 55, 2, 365, 0]);
  });

  it('counts 29 February in a leap year', () => {
    expect(isoToStructTime('2004-03-01T00:00:00.000Z')).toEqual([2004, 3, 1, 0, 0, 0, 0, 61, 0]);
  });

  it('keeps two-digit years as they are', () => {
    expect(isoToStructTime('0099-12-31T23:00:01.000Z')).toEqual([99, 12, 31, 23, 0, 1, 3, 365, 0]);
  });

  it('returns null for a string that is no date', () => {
    expect(isoToStructTime('yesterday')).toBeNull();
  });
});

describe('feedparserVersion', () => {
  it('names RSS, RDF and Atom versions as feedparser does', () => {
    expect(['2.0', '0.91n', '0.91', '0.94'].map((v) => feedparserVersion('rss', v))).toEqual([
      'rss20',
      'rss091n',
      'rss091u',
      'rss094',
    ]);
    expect([feedparserVersion('rdf', '0.90'), feedparserVersion('rdf', '1.0')]).toEqual(['rss090', 'rss10']);
    expect([feedparserVersion('atom', '1.0'), feedparserVersion('atom', '0.3')]).toEqual([
      'atom10',
      'atom03',
    ]);
  });

  it("says 'rss' and 'atom' for versions it cannot tell, '' for no feed", () => {
    expect([
      feedparserVersion('rss', 'unknown'),
      feedparserVersion('atom', null),
      feedparserVersion('unknown', null),
    ]).toEqual(['rss', 'atom', '']);
  });
});

describe('toFeedparserResult', () => {
  it('keeps the markup of a title as feedparser does, with its detail', () => {
    const feed = feedWith({ title: 'Example feed', titleDetail: title });
    expect(
      passes(feed, "feed['title'] == 'Example <b>feed</b>' and feed['title_detail']['type'] == 'text/html'"),
    ).toBe(true);
  });

  it("gives a detail without a base the empty string, as feedparser's baseuri", () => {
    expect(passes(feedWith({ title: 'x', titleDetail: title }), "feed['title_detail']['base'] == ''")).toBe(
      true,
    );
  });

  it('leaves absent fields absent', () => {
    expect(
      passes(feedWith({}), "not feed.has_key('language') and 'title' not in feed and 'tags' not in feed"),
    ).toBe(true);
  });

  it('writes the author as "Name (email)" and keeps the uri as href', () => {
    const item = itemWith({
      authors: [{ name: 'Jane', email: 'jane@example.com', uri: 'http://jane.example/' }],
    });
    const src =
      "entries[0]['author'] == 'Jane (jane@example.com)' and entries[0]['author_detail'] == {'name': 'Jane', 'email': 'jane@example.com', 'href': 'http://jane.example/'}";
    expect(passes(feedWith({ items: [item] }), src)).toBe(true);
  });

  it('gives link attributes only when present, the length as a string', () => {
    const link = {
      href: 'http://example.com/a.mp3',
      rel: 'enclosure',
      type: 'audio/mpeg',
      title: null,
      length: 42,
      hreflang: null,
    };
    const src =
      "entries[0]['enclosures'] == [{'href': 'http://example.com/a.mp3', 'type': 'audio/mpeg', 'length': '42'}]";
    expect(passes(feedWith({ items: [itemWith({ links: [link] })] }), src)).toBe(true);
  });

  it('gives dates as the declared text and a UTC 9-tuple, or None when unreadable', () => {
    const item = itemWith({
      published: { raw: 'Thu, 01 Jan 2004 19:48:21 GMT', iso: '2004-01-01T19:48:21.000Z' },
      updated: { raw: 'soon', iso: null },
    });
    const src =
      "entries[0]['published_parsed'] == (2004, 1, 1, 19, 48, 21, 3, 1, 0) and entries[0]['updated_parsed'] is None";
    expect(passes(feedWith({ items: [item] }), src)).toBe(true);
  });

  it('marks a guid that became the link as guidislink', () => {
    const item = itemWith({ guid: 'http://example.com/1', link: 'http://example.com/1' });
    expect(
      passes(
        feedWith({ items: [item] }),
        "entries[0]['guidislink'] and entries[0]['id'] == 'http://example.com/1'",
      ),
    ).toBe(true);
  });

  it('exposes extension elements under their own keys', () => {
    const item = itemWith({ extensions: { slash_comments: '7' } });
    expect(passes(feedWith({ items: [item] }), "entries[0]['slash_comments'] == '7'")).toBe(true);
  });

  it('gives itunes_block as 1/0 and itunes_explicit as True/False/None', () => {
    const itunes = {
      author: null,
      block: true,
      explicit: false,
      image: null,
      duration: null,
      keywords: [],
      categories: [],
      subtitle: null,
      summary: null,
      owner: null,
    };
    expect(
      passes(feedWith({ itunes }), "feed['itunes_block'] == 1 and feed['itunes_explicit'] is False"),
    ).toBe(true);
  });

  it('turns the first bozo warning into bozo_exception, with its feedparser class', () => {
    const feed = feedWith({
      bozo: true,
      warnings: [
        { code: 'date.unparsed', message: 'date: x' },
        { code: 'encoding.override', message: 'encoding: declared utf-8, read as windows-1252' },
      ],
    });
    expect(passes(feed, 'bozo and isinstance(bozo_exception, feedparser.CharacterEncodingOverride)')).toBe(
      true,
    );
  });

  it('adds headers, etag, href and status for a feed served over HTTP', () => {
    const http = {
      status: 301,
      href: 'http://127.0.0.1:8097/t.xml',
      headers: { etag: '"abc"', 'x-foo': 'bar' },
    };
    const result = toFeedparserResult(feedWith({}), http);
    const src =
      "status == 301 and href == 'http://127.0.0.1:8097/t.xml' and etag == '\"abc\"' and headers.get('x-foo') == 'bar'";
    expect(checkExpression(src, result).status).toBe('pass');
  });
});
