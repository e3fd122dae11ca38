import { describe, expect, it } from 'vitest';
import { parse, rss } from './helpers.ts';

describe('ill-formed input', () => {
  it('recovers items despite an unescaped ampersand, and flags the feed', () => {
    const feed = parse(rss('<item><title>Smith & Wesson</title></item><item><title>Two</title></item>'));
    expect(feed.items.map((i) => i.title)).toEqual(['Smith & Wesson', 'Two']);
    expect(feed.bozo).toBe(true);
    expect(feed.warnings[0]?.code).toBe('xml.not_well_formed');
    expect(feed.warnings[0]?.line).toBe(1);
  });

  it('decodes HTML entities XML does not define', () => {
    const feed = parse(rss('<item><title>Ürümqi&nbsp;&mdash;&nbsp;protests</title></item>'));
    expect(feed.items[0]?.title).toBe('Ürümqi\u00a0—\u00a0protests');
  });

  it('recovers from unclosed tags, closing an item when the next one opens', () => {
    const feed = parse(
      '<rss version="2.0"><channel><title>T</title><item><title>One</title><item><title>Two</title></channel>',
    );
    expect(feed.items.map((i) => i.title)).toEqual(['One', 'Two']);
    expect(feed.bozo).toBe(true);
  });

  it('skips junk before the root element', () => {
    const feed = parse(`Warning: something broke\n${rss('<item><title>One</title></item>')}`);
    expect(feed.items.map((i) => i.title)).toEqual(['One']);
  });

  it('survives illegal control characters', () => {
    const feed = parse(rss('<item><title>bad\u0001char</title></item>'));
    expect(feed.items).toHaveLength(1);
    expect(feed.bozo).toBe(true);
  });

  it('does not expand an entity bomb', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>`;
    const feed = parse(bomb);
    expect(feed.title?.length ?? 0).toBeLessThan(50);
  });

  it('does not read external entities', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>`;
    const feed = parse(xxe);
    expect(feed.title).not.toContain('root:');
  });

  it('honours a safe entity declared in the DOCTYPE', () => {
    const feed = parse(
      '<!DOCTYPE rss [<!ENTITY org "Hong Kong Watch">]><rss version="2.0"><channel><title>&org;</title></channel></rss>',
    );
    expect(feed.title).toBe('Hong Kong Watch');
    expect(feed.bozo).toBe(false);
  });

  it('keeps distinct items that share a guid', () => {
    const feed = parse(
      rss('<item><guid>same</guid><title>A</title></item><item><guid>same</guid><title>B</title></item>'),
    );
    expect(feed.items.map((i) => i.title)).toEqual(['A', 'B']);
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(2);
    expect(feed.items[0]?.id).toBe('same');
  });

  it('keeps an unreadable date as text, with a warning', () => {
    const feed = parse(rss('<item><pubDate>last Tuesday</pubDate></item>'));
    expect(feed.items[0]?.published).toEqual({ raw: 'last Tuesday', iso: null });
    expect(feed.warnings.map((w) => w.code)).toEqual(['date.unparsed']);
  });

  it('never throws on arbitrary bytes', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(() => parse(bytes)).not.toThrow();
  });
});
