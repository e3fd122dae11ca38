import { describe, expect, it } from 'vitest';
import { looksLikeHtmlPage } from '../../src/fetch/index.ts';

const page = (text: string, contentType?: string) =>
  looksLikeHtmlPage(new TextEncoder().encode(text), contentType);

describe('looksLikeHtmlPage', () => {
  it('calls an HTML doctype a page whatever the Content-Type', () => {
    expect(page('\ufeff  <!DOCTYPE html><html lang="en">', 'application/rss+xml')).toBe(true);
  });

  it('calls an XHTML document after an XML declaration a page', () => {
    expect(
      page(
        '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">',
        'application/xml',
      ),
    ).toBe(true);
  });

  it('calls an RSS feed served as text/html a feed', () => {
    expect(page('<?xml version="1.0"?><!-- generator --><rss version="2.0">', 'text/html')).toBe(false);
  });

  it('calls an RSS 0.91 feed with its doctype a feed', () => {
    expect(
      page(
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x">\n<rss version="0.91">',
        'text/html',
      ),
    ).toBe(false);
  });

  it('calls a JSON Feed a feed', () => {
    expect(page('{"version": "https://jsonfeed.org/version/1.1"}', 'text/html')).toBe(false);
  });

  it('calls a text/html fragment without a feed root a page', () => {
    expect(page('<div class="error">Not here</div>', 'text/html; charset=utf-8')).toBe(true);
  });

  it('leaves an unknown body served as XML to the parser', () => {
    expect(page('<something/>', 'application/xml')).toBe(false);
  });
});
