import { describe, expect, it } from 'vitest';
import { atom, firstItem, parse } from './helpers.ts';

describe('Atom', () => {
  it('names Atom 1.0 by its namespace', () => {
    const feed = parse(atom(''));
    expect([feed.format, feed.version]).toEqual(['atom', '1.0']);
  });

  it('names Atom 0.3 by its version attribute', () => {
    const feed = parse('<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>x</title></feed>');
    expect([feed.format, feed.version]).toEqual(['atom', '0.3']);
  });

  it('takes the alternate HTML link as the entry link', () => {
    const item = firstItem(
      atom(
        '<entry><link rel="self" href="https://example.org/e.xml"/><link href="https://example.org/e"/></entry>',
      ),
    );
    expect(item.link).toBe('https://example.org/e');
    expect(item.links.map((l) => l.rel)).toEqual(['self', 'alternate']);
  });

  it('resolves relative links against xml:base', () => {
    const item = firstItem(
      atom('<entry xml:base="https://example.org/news/"><link href="2022/report"/></entry>'),
    );
    expect(item.link).toBe('https://example.org/news/2022/report');
  });

  it('resolves relative links against the document URL when there is no xml:base', () => {
    const item = firstItem(atom('<entry><link href="/a"/></entry>'), {
      url: 'https://example.org/feed.atom',
    });
    expect(item.link).toBe('https://example.org/a');
  });

  it('makes relative URLs inside HTML content absolute', () => {
    const item = firstItem(
      atom(
        '<entry><content type="html" xml:base="https://example.org/x/">&lt;a href="y"&gt;y&lt;/a&gt;&lt;img src="/i.png"&gt;</content></entry>',
      ),
    );
    expect(item.contentHtml).toBe(
      '<a href="https://example.org/x/y">y</a><img src="https://example.org/i.png" />',
    );
  });

  it('reads xhtml content without its wrapping div', () => {
    const item = firstItem(
      atom(
        '<entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>world</b></p></div></content></entry>',
      ),
    );
    expect(item.content[0]?.type).toBe('application/xhtml+xml');
    expect(item.contentHtml).toBe('<p>Hello <b>world</b></p>');
  });

  it('reads a text title literally, markup characters included', () => {
    const item = firstItem(atom('<entry><title type="text">a &lt;b&gt; c</title></entry>'));
    expect(item.title).toBe('a <b> c');
    expect(item.titleDetail?.type).toBe('text/plain');
  });

  it('reads an html title as sanitised HTML and its text', () => {
    const item = firstItem(
      atom('<entry><title type="html">&lt;em&gt;Xinjiang&lt;/em&gt; police files</title></entry>'),
    );
    expect(item.titleDetail?.value).toBe('<em>Xinjiang</em> police files');
    expect(item.title).toBe('Xinjiang police files');
  });

  it('reads person constructs with name, email and uri', () => {
    const item = firstItem(
      atom(
        '<entry><author><name>Adrian Zenz</name><email>az@example.org</email><uri>https://example.org/az</uri></author></entry>',
      ),
    );
    expect(item.authors).toEqual([
      { name: 'Adrian Zenz', email: 'az@example.org', uri: 'https://example.org/az' },
    ]);
  });

  it('reads term, scheme and label of categories', () => {
    const item = firstItem(
      atom('<entry><category term="xinjiang" scheme="https://example.org/t" label="Xinjiang"/></entry>'),
    );
    expect(item.categories).toEqual([
      { term: 'xinjiang', scheme: 'https://example.org/t', label: 'Xinjiang' },
    ]);
  });

  it('uses content as the summary when there is no summary', () => {
    const item = firstItem(atom('<entry><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>'));
    expect(item.summary).toBe('<p>Body</p>');
  });

  it('keeps xml:lang as the language of the content and the feed', () => {
    const feed = parse(
      atom('<entry><content xml:lang="fr">Bonjour</content></entry>', '<title>T</title>', ' xml:lang="en"'),
    );
    expect(feed.language).toBe('en');
    expect(feed.items[0]?.content[0]?.language).toBe('fr');
    expect(feed.items[0]?.language).toBe('fr');
  });

  it('reads published and updated times', () => {
    const item = firstItem(
      atom(
        '<entry><published>2022-08-31T23:47:00+02:00</published><updated>2022-09-01T10:00:00Z</updated></entry>',
      ),
    );
    expect(item.published?.iso).toBe('2022-08-31T21:47:00.000Z');
    expect(item.updated?.iso).toBe('2022-09-01T10:00:00.000Z');
  });

  it('decodes base64 content', () => {
    const item = firstItem(
      atom(
        `<entry><content type="text/html" mode="base64">${Buffer.from('<p>hi</p>').toString('base64')}</content></entry>`,
      ),
    );
    expect(item.contentHtml).toBe('<p>hi</p>');
  });
});
