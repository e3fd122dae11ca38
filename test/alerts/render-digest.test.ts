import { describe, expect, it } from 'vitest';
import { formatDigestDate, renderDigest } from '../../src/alerts/index.ts';
import { BATCH, SEARCH_ITEM, SHA_A, SHA_B, WATCH_ITEM, hostileItem } from './alert-fixtures.ts';

const SITE = { siteUrl: 'https://nw.example/' };
const withItems = (...items: (typeof BATCH)['items']) => ({ ...BATCH, items });

describe('renderDigest', () => {
  it('counts the items and names the alert in the subject', () => {
    expect(renderDigest(BATCH).subject).toBe('[newswatch] 2 new items: Supply chains');
    expect(renderDigest(withItems(SEARCH_ITEM)).subject).toBe('[newswatch] 1 new item: Supply chains');
  });

  it('keeps the subject on one line whatever the alert name holds', () => {
    const batch = { ...BATCH, alertName: 'Evil\r\nBcc: victim@example.org' };
    expect(renderDigest(batch).subject).toBe('[newswatch] 2 new items: Evil Bcc: victim@example.org');
  });

  it('cites an item in the text with its source, date, link, page, match and sha256', () => {
    const text = renderDigest(withItems(SEARCH_ITEM), SITE).text;
    expect(text).toBe(
      [
        'newswatch alert: Supply chains',
        '1 new item, 2030-01-02 03:04 UTC',
        '',
        '1. Cotton supplier named in forced-labour report',
        '   Example News · 2030-01-01 08:00 UTC',
        '   Link: https://news.example/cotton',
        '   In newswatch: https://nw.example/items/41',
        '   Matched by search: cotton AND supplier',
        `   sha256 of the stored source: ${SHA_A}`,
        '   The supplier sourced cotton from the region, the report says.',
        '',
        '-- ',
        'Sent by newswatch. Each item cites the sha256 of the source bytes it was read from, as archived.',
        '',
      ].join('\n'),
    );
  });

  it('cites an item in the HTML with its link, source, date, match and sha256', () => {
    const html = renderDigest(withItems(WATCH_ITEM), SITE).html;
    expect(html).toContain(
      [
        '<li>',
        '<p><strong><a href="https://wire.example/cameras?id=7&amp;lang=en">Camera maker wins contract</a></strong><br>',
        'Wire Service · 2030-01-01 09:30 UTC · <a href="https://nw.example/items/42">in newswatch</a></p>',
        '<p>Hikvision cameras will be installed.</p>',
        '<p>Matched by watchlist Surveillance vendors: Hangzhou Hikvision Digital Technology Co., Ltd. matched Hikvision (score 0.91)<br>',
        `sha256 of the stored source: <code>${SHA_B}</code></p>`,
        '</li>',
      ].join('\n'),
    );
  });

  it('escapes a hostile title, source, excerpt and query in the HTML', () => {
    const html = renderDigest(withItems(hostileItem())).html;
    expect(html).toContain(
      '<p><strong>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;</strong><br>',
    );
    expect(html).toContain('Evil &lt;b&gt;Outlet&lt;/b&gt; · 2030-01-01 08:00 UTC</p>');
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).toContain('Matched by search: &quot;&lt;iframe&gt;&quot;<br>');
    expect(html).not.toMatch(/<script|<img|<iframe|<b>/);
  });

  it('does not link a javascript: URL', () => {
    const { html, text } = renderDigest(withItems(hostileItem()));
    expect(html).not.toContain('javascript:');
    expect(text).not.toContain('javascript:');
  });

  it('escapes the alert name in the HTML title and heading', () => {
    const html = renderDigest({ ...BATCH, alertName: '<b>Ops</b>' }).html;
    expect(html).toContain('<title>[newswatch] 2 new items: &lt;b&gt;Ops&lt;/b&gt;</title>');
    expect(html).toContain('<h1>newswatch alert: &lt;b&gt;Ops&lt;/b&gt;</h1>');
  });

  it('uses no style sheet and loads nothing remote', () => {
    const html = renderDigest(BATCH, SITE).html;
    expect(html).not.toMatch(/<style|<link|<img|<script|style=/);
  });

  it('shortens a long excerpt to 400 characters', () => {
    const long = { ...SEARCH_ITEM, snippet: 'word '.repeat(200) };
    const line = renderDigest(withItems(long)).text.split('\n')[8]!;
    expect(line.trim().length).toBe(400);
    expect(line.endsWith('word…')).toBe(true);
  });

  it('marks an undated item', () => {
    const text = renderDigest(withItems({ ...SEARCH_ITEM, published: null })).text;
    expect(text.split('\n')[4]).toBe('   Example News · no date');
  });
});

describe('formatDigestDate', () => {
  it('writes an ISO date to the minute in UTC', () => {
    expect(formatDigestDate('2030-01-01T23:59:59+02:00')).toBe('2030-01-01 21:59 UTC');
  });

  it('says no date for null or an unreadable date', () => {
    expect([formatDigestDate(null), formatDigestDate('soon')]).toEqual(['no date', 'no date']);
  });
});
