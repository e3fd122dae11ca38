import { describe, expect, it } from 'vitest';
import { parse } from './helpers.ts';

describe('RSS 1.0 (RDF)', () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>RDF feed</title><link>https://example.org/</link></channel>
  <item rdf:about="https://example.org/1"><title>One</title><link>https://example.org/1</link><dc:date>2022-09-01</dc:date></item>
  <item rdf:about="https://example.org/2"><title>Two</title><link>https://example.org/2</link></item>
</rdf:RDF>`;

  it('reads items that sit beside the channel', () => {
    const feed = parse(rdf);
    expect([feed.format, feed.version, feed.title]).toEqual(['rdf', '1.0', 'RDF feed']);
    expect(feed.items.map((i) => i.title)).toEqual(['One', 'Two']);
  });

  it('uses rdf:about as the item identity', () => {
    expect(parse(rdf).items.map((i) => i.id)).toEqual(['https://example.org/1', 'https://example.org/2']);
  });

  it('names RSS 0.90 by its namespace', () => {
    const feed = parse(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>x</title></channel></rdf:RDF>',
    );
    expect(feed.version).toBe('0.90');
  });
});

describe('JSON Feed', () => {
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'JSON news',
    home_page_url: 'https://example.org/',
    language: 'en',
    items: [
      {
        id: '1',
        url: 'https://example.org/1',
        title: 'First',
        content_html: '<p>Hi<script>x()</script></p>',
        date_published: '2022-09-01T10:00:00Z',
        authors: [{ name: 'Ana' }],
        tags: ['un'],
      },
      'not an item',
      { id: 2, content_text: 'Plain body' },
    ],
  });

  it('reads JSON Feed 1.1 items with sanitised HTML', () => {
    const feed = parse(json);
    expect([feed.format, feed.version, feed.title]).toEqual(['json', '1.1', 'JSON news']);
    expect(feed.items[0]?.contentHtml).toBe('<p>Hi</p>');
    expect(feed.items[0]?.published?.iso).toBe('2022-09-01T10:00:00.000Z');
    expect(feed.items[0]?.authors[0]?.name).toBe('Ana');
    expect(feed.items[0]?.categories.map((c) => c.term)).toEqual(['un']);
  });

  it('skips an item that is not an object, with a warning, and keeps the rest', () => {
    const feed = parse(json);
    expect(feed.items.map((i) => i.id)).toEqual(['1', '2']);
    expect(feed.items[1]?.text).toBe('Plain body');
    expect(feed.warnings.map((w) => w.code)).toEqual(['json.invalid_item']);
  });

  it('reports JSON that is not a JSON Feed', () => {
    const feed = parse('{"hello": 1}');
    expect(feed.format).toBe('unknown');
    expect(feed.warnings[0]?.code).toBe('parse.not_a_feed');
  });
});

describe('text dumps', () => {
  const dump = `First headline

Standfirst of the first

Lede paragraph one.

Continue reading...
Second headline

Standfirst two

Continue reading...
`;

  it('splits items at "Continue reading..." and marks them truncated', () => {
    const feed = parse(dump);
    expect([feed.format, feed.version]).toEqual(['text', 'dump']);
    expect(feed.items.map((i) => [i.title, i.summary, i.truncated])).toEqual([
      ['First headline', 'Standfirst of the first', true],
      ['Second headline', 'Standfirst two', true],
    ]);
    expect(feed.items[0]?.text).toBe('Standfirst of the first\n\nLede paragraph one.');
  });

  it('gives items stable ids from their titles', () => {
    expect(parse(dump).items[0]?.id).toBe(parse(dump).items[0]?.id);
    expect(parse(dump).items[0]?.id).toMatch(/^hash:[0-9a-f]{16}$/);
  });
});

describe('format detection', () => {
  it('detects the format from content, not from a name', () => {
    expect(parse('   \n<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>').format).toBe(
      'atom',
    );
  });

  it('says an HTML page is not a feed', () => {
    const feed = parse('<!DOCTYPE html><html><head><title>Home</title></head><body></body></html>');
    expect(feed.format).toBe('unknown');
    expect(feed.warnings.at(-1)).toEqual({
      code: 'parse.not_a_feed',
      message: 'parse: an HTML page, not a feed',
    });
  });

  it('says an empty document is empty', () => {
    expect(parse('').warnings).toEqual([
      { code: 'parse.not_a_feed', message: 'parse: the document is empty' },
    ]);
  });
});
