import { describe, expect, it } from 'vitest';
import { checkExpression } from '../../eval/conformance/py-expr.ts';
import { FEEDPARSER_CLASSES } from '../../eval/conformance/py-builtins.ts';
import { fpDict, PyDict, PyException, type PyValue } from '../../eval/conformance/py-value.ts';

const entry = fpDict({
  title: 'Caf\u00e9 \u{1F600}',
  summary: 'A summary',
  links: [
    fpDict({ rel: 'alternate', type: 'text/html', href: 'http://example.com/' }),
    fpDict({ rel: 'enclosure', type: 'audio/mpeg', href: 'http://example.com/a.mp3', length: '42' }),
    fpDict({ rel: 'license', href: 'http://example.com/licence' }),
  ],
  tags: [fpDict({ term: 'first', scheme: null, label: null })],
  id: 'urn:1',
  published: 'Thu, 01 Jan 2004 19:48:21 GMT',
  itunes_explicit: null,
  author_detail: fpDict({ name: 'Jane', href: 'http://jane.example/' }),
});

const result = (extra: Record<string, PyValue> = {}) =>
  fpDict({
    bozo: false,
    encoding: 'utf-8',
    version: 'rss20',
    feed: fpDict({ subtitle: 'Sub' }),
    entries: [entry],
    ...extra,
  });

const status = (src: string, r: PyDict = result()) => checkExpression(src, r).status;

describe('checkExpression', () => {
  it('passes a conjunction of not bozo and an equality', () => {
    expect(status("not bozo and entries[0]['summary'] == 'A summary'")).toBe('pass');
  });

  it('does not evaluate the right side of and when the left is false', () => {
    expect(status("bozo and entries[5]['title'] == 'x'")).toBe('fail');
  });

  it('fails with the KeyError when a key is missing', () => {
    expect(checkExpression("entries[0]['nope'] == 'x'", result())).toEqual({
      status: 'fail',
      reason: "KeyError: 'nope' in entries[0]['nope'] == 'x'",
    });
  });

  it('names the failing clause and the value it saw', () => {
    expect(checkExpression("not bozo and feed['subtitle'] == 'Other'", result())).toEqual({
      status: 'fail',
      reason: "feed['subtitle'] == 'Other'  [feed['subtitle'] → 'Sub']",
    });
  });

  it('decodes \\x, \\u and \\U escapes in string literals', () => {
    expect(status("entries[0]['title'] == 'Caf\\xe9 \\U0001F600'")).toBe('pass');
  });

  it('joins adjacent string literals and + concatenations', () => {
    expect(status("entries[0]['summary'] == 'A ' 'sum' + 'mary'")).toBe('pass');
  });

  it('reads triple-quoted strings', () => {
    expect(status("entries[0]['summary'] == '''A summary'''")).toBe('pass');
  });

  it('evaluates chained equalities pairwise', () => {
    expect(status("entries[0]['id'] == entries[0]['guid'] == 'urn:1'")).toBe('pass');
  });

  it('counts code points in len(), not UTF-16 units', () => {
    expect(status("len(entries[0]['title']) == 6")).toBe('pass');
  });

  it('returns the code point of a one-character string from ord()', () => {
    expect(status("ord(entries[0]['title'][3]) == 233")).toBe('pass');
  });

  it('tells None from False with is', () => {
    expect(status("entries[0]['itunes_explicit'] is None")).toBe('pass');
    expect(status("entries[0]['itunes_explicit'] is False")).toBe('fail');
  });

  it('maps description to summary and guid to id (FeedParserDict aliases)', () => {
    expect(status("entries[0].description == 'A summary' and entries[0].guid == 'urn:1'")).toBe('pass');
  });

  it('maps a feed-level description to subtitle', () => {
    expect(status("feed['description'] == 'Sub' and feed['tagline'] == 'Sub'")).toBe('pass');
  });

  it('maps url to href', () => {
    expect(status("entries[0].author_detail.url == 'http://jane.example/'")).toBe('pass');
  });

  it('falls back from updated to published on lookup, but not for in', () => {
    expect(status("entries[0]['updated'] == 'Thu, 01 Jan 2004 19:48:21 GMT'")).toBe('pass');
    expect(status("'updated' not in entries[0]")).toBe('pass');
  });

  it('derives category from the first tag', () => {
    expect(status("entries[0]['category'] == 'first'")).toBe('pass');
  });

  it('derives enclosures from links with rel enclosure, without the rel', () => {
    const src =
      "entries[0]['enclosures'][0] == {'href': 'http://example.com/a.mp3', 'type': 'audio/mpeg', 'length': '42'}";
    expect(status(src)).toBe('pass');
  });

  it('derives license from a license link', () => {
    expect(status("entries[0]['license'] == 'http://example.com/licence'")).toBe('pass');
  });

  it('compares dicts by their stored keys only', () => {
    expect(status("entries[0]['links'][0] == {'rel': 'alternate', 'href': 'http://example.com/'}")).toBe(
      'fail',
    );
  });

  it('answers has_key() and get() with a default', () => {
    expect(
      status("not entries[0].has_key('comments') and entries[0].get('comments', 'none') == 'none'"),
    ).toBe('pass');
  });

  it('sees the result itself as locals()', () => {
    expect(status("not 'etag' in locals()")).toBe('pass');
    expect(status("'etag' in locals()", result({ etag: 'abc' }))).toBe('pass');
  });

  it('fails with NameError for a result key that is absent', () => {
    expect(checkExpression('not bozo and etag', result()).status).toBe('fail');
  });

  it('checks isinstance against feedparser exception classes and their bases', () => {
    const cls = FEEDPARSER_CLASSES['CharacterEncodingOverride'];
    if (!cls) throw new Error('missing class');
    const r = result({ bozo: true, bozo_exception: new PyException(cls, 'overridden') });
    expect(status('bozo and isinstance(bozo_exception, feedparser.CharacterEncodingOverride)', r)).toBe(
      'pass',
    );
    expect(status('isinstance(bozo_exception, feedparser.ThingsNobodyCaresAboutButMe)', r)).toBe('pass');
    expect(status('isinstance(bozo_exception, feedparser.NonXMLContentType)', r)).toBe('fail');
  });

  it('compares tuples with lists element by element, True with 1', () => {
    const r = result({ when: [2004, 1, 1], flag: true });
    expect(status('when == (2004, 1, 1) and flag == 1', r)).toBe('pass');
  });

  it('builds datetime.timedelta values', () => {
    expect(status('datetime.timedelta(0, 187, 250000) == datetime.timedelta(0, 187.25)')).toBe('pass');
  });

  it('accepts Expect: 1 as "must not crash"', () => {
    expect(status('1')).toBe('pass');
  });

  it('reports slices as unsupported', () => {
    expect(checkExpression("entries[0]['title'][0:2] == 'Ca'", result())).toEqual({
      status: 'unsupported',
      reason: 'cannot parse: slices',
    });
  });

  it('reports unmodelled builtins as unsupported', () => {
    expect(checkExpression("__import__('sys')", result()).status).toBe('unsupported');
  });

  it('reads a plain dict display as equal to a FeedParserDict with the same keys', () => {
    const r = result({ d: new PyDict([['a', 1]], true) });
    expect(status("d == {'a': 1}", r)).toBe('pass');
  });
});
