import { describe, expect, it } from 'vitest';
import { firstItem, parse, rss } from './helpers.ts';

const DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"';
const CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"';

describe('RSS 2.0', () => {
  it('reads the channel title, link, description and language', () => {
    const feed = parse(
      rss(
        '',
        '<title>Uyghur news</title><link>https://example.org/</link><description>Daily</description><language>en-gb</language>',
      ),
    );
    expect(feed.format).toBe('rss');
    expect(feed.version).toBe('2.0');
    expect([feed.title, feed.link, feed.description, feed.language]).toEqual([
      'Uyghur news',
      'https://example.org/',
      'Daily',
      'en-gb',
    ]);
  });

  it('names RSS 0.91 and 0.92 by their version attribute', () => {
    expect(parse('<rss version="0.91"><channel><title>x</title></channel></rss>').version).toBe('0.91');
    expect(parse('<rss version="0.92"><channel><title>x</title></channel></rss>').version).toBe('0.92');
  });

  it('reads an item title, link, guid and pubDate in UTC', () => {
    const item = firstItem(
      rss(
        '<item><title>UN report</title><link>https://example.org/a</link><guid>urn:a</guid><pubDate>Wed, 31 Aug 2022 22:00:00 +0100</pubDate></item>',
      ),
    );
    expect(item.title).toBe('UN report');
    expect(item.link).toBe('https://example.org/a');
    expect(item.id).toBe('urn:a');
    expect(item.published).toEqual({
      raw: 'Wed, 31 Aug 2022 22:00:00 +0100',
      iso: '2022-08-31T21:00:00.000Z',
    });
  });

  it('uses a permalink guid as the link when there is no link', () => {
    const item = firstItem(rss('<item><guid>https://example.org/p/1</guid></item>'));
    expect(item.link).toBe('https://example.org/p/1');
  });

  it('does not use a guid marked isPermaLink="false" as the link', () => {
    const item = firstItem(rss('<item><guid isPermaLink="false">abc-123</guid><title>t</title></item>'));
    expect(item.link).toBeNull();
    expect(item.id).toBe('abc-123');
  });

  it('sanitises description HTML and renders it as text', () => {
    const item = firstItem(
      rss(
        '<item><description>&lt;p&gt;Camps &lt;b&gt;expanded&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description></item>',
      ),
    );
    expect(item.summary).toBe('<p>Camps <b>expanded</b></p>');
    expect(item.text).toBe('Camps expanded');
  });

  it('prefers content:encoded over description as the body', () => {
    const item = firstItem(
      rss(
        '<item><description>short</description><content:encoded><![CDATA[<p>Full <em>story</em></p>]]></content:encoded></item>',
        '<title>T</title>',
        CONTENT,
      ),
    );
    expect(item.summary).toBe('short');
    expect(item.contentHtml).toBe('<p>Full <em>story</em></p>');
    expect(item.text).toBe('Full story');
  });

  it('reads dc:creator as an author and dc:date as the update time', () => {
    const item = firstItem(
      rss(
        '<item><dc:creator>Lily Kuo</dc:creator><dc:date>2022-09-01T08:00:00Z</dc:date></item>',
        '<title>T</title>',
        DC,
      ),
    );
    expect(item.authors).toEqual([{ name: 'Lily Kuo', email: null, uri: null }]);
    expect(item.updated?.iso).toBe('2022-09-01T08:00:00.000Z');
  });

  it('splits an RSS author "email (Name)" into its parts', () => {
    const item = firstItem(rss('<item><author>desk@example.org (News Desk)</author></item>'));
    expect(item.authors).toEqual([{ name: 'News Desk', email: 'desk@example.org', uri: null }]);
  });

  it('keeps category domains as schemes', () => {
    const item = firstItem(
      rss(
        '<item><category domain="https://example.org/tags">Xinjiang</category><category>Forced labour</category></item>',
      ),
    );
    expect(item.categories).toEqual([
      { term: 'Xinjiang', scheme: 'https://example.org/tags', label: null },
      { term: 'Forced labour', scheme: null, label: null },
    ]);
  });

  it('reads enclosures with their type and length', () => {
    const item = firstItem(
      rss('<item><enclosure url="https://example.org/a.mp3" type="audio/mpeg" length="1234"/></item>'),
    );
    expect(item.enclosures).toEqual([{ url: 'https://example.org/a.mp3', type: 'audio/mpeg', length: 1234 }]);
  });

  it('reads an atom:link rel="self" in RSS without taking it as the site link', () => {
    const feed = parse(
      rss(
        '',
        '<title>T</title><link>https://example.org/</link><atom:link rel="self" href="https://example.org/feed.xml" type="application/rss+xml"/>',
        ' xmlns:atom="http://www.w3.org/2005/Atom"',
      ),
    );
    expect(feed.link).toBe('https://example.org/');
    expect(feed.links.map((l) => [l.rel, l.href])).toEqual([
      ['alternate', 'https://example.org/'],
      ['self', 'https://example.org/feed.xml'],
    ]);
  });

  it('treats a plain-text title that holds HTML markup as HTML', () => {
    const item = firstItem(rss('<item><title>AT&amp;amp;T &lt;b&gt;fined&lt;/b&gt;</title></item>'));
    expect(item.titleDetail?.type).toBe('text/html');
    expect(item.title).toBe('AT&T fined');
  });

  it('reads media:thumbnail and media:content', () => {
    const item = firstItem(
      rss(
        '<item><media:content url="https://example.org/v.mp4" type="video/mp4" width="640"/><media:thumbnail url="https://example.org/t.jpg"/></item>',
        '<title>T</title>',
        ' xmlns:media="http://search.yahoo.com/mrss/"',
      ),
    );
    expect(item.media).toEqual([
      { url: 'https://example.org/v.mp4', type: 'video/mp4', medium: null, width: 640, height: null },
    ]);
    expect(item.thumbnails.map((t) => t.url)).toEqual(['https://example.org/t.jpg']);
  });

  it('reads iTunes podcast fields', () => {
    const feed = parse(
      rss(
        '<item><itunes:duration>12:34</itunes:duration><itunes:explicit>clean</itunes:explicit></item>',
        '<title>T</title><itunes:author>Pod</itunes:author><itunes:block>yes</itunes:block><itunes:category text="News"/>',
        ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"',
      ),
    );
    expect(feed.itunes?.block).toBe(true);
    expect(feed.itunes?.categories).toEqual(['News']);
    expect(feed.items[0]?.itunes?.duration).toBe('12:34');
    expect(feed.items[0]?.itunes?.explicit).toBe(false);
  });

  it('marks an item whose description ends in "Continue reading..." as truncated', () => {
    const item = firstItem(
      rss(
        '<item><description>&lt;p&gt;The UN said…&lt;/p&gt; &lt;a href="https://example.org/a"&gt;Continue reading...&lt;/a&gt;</description></item>',
      ),
    );
    expect(item.truncated).toBe(true);
  });

  it('keeps extension elements it has no field for', () => {
    const item = firstItem(
      rss(
        '<item><slash:comments>42</slash:comments></item>',
        '<title>T</title>',
        ' xmlns:slash="http://purl.org/rss/1.0/modules/slash/"',
      ),
    );
    expect(item.extensions).toEqual({ slash_comments: '42' });
  });
});
