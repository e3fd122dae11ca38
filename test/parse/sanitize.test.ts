import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/parse/index.ts';

const clean = (html: string, base = 'https://example.org/a/') => sanitizeHtml(html, { base, isXhtml: false });

describe('sanitizeHtml', () => {
  it('drops script elements with their content', () => {
    expect(clean('<p>a<script>alert(1)</script>b</p>')).toBe('<p>ab</p>');
  });

  it('drops event handler attributes', () => {
    expect(clean('<img src="x.png" onerror="alert(1)" alt="x">')).toBe(
      '<img alt="x" src="https://example.org/a/x.png" />',
    );
  });

  it('removes javascript: URLs from links and images', () => {
    expect(clean('<a href="javascript:alert(1)">x</a>')).toBe('<a href="">x</a>');
    expect(clean('<img src="javascript:alert(1)">', '')).toBe('<img src="" />');
    expect(clean('<a href=" JaVaScRiPt:alert(1)">x</a>', '')).toBe('<a href="">x</a>');
  });

  it('removes data: and vbscript: URLs', () => {
    expect(clean('<a href="data:text/html,<script>alert(1)</script>">x</a>')).toBe('<a href="">x</a>');
    expect(clean('<form action="vbscript:msgbox(1)"></form>', '')).toBe('<form action=""></form>');
  });

  it('drops iframes, objects, embeds and styles', () => {
    expect(
      clean(
        '<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x"><style>body{display:none}</style>ok',
      ),
    ).toBe('ok');
  });

  it('keeps only safe declarations of inline styles', () => {
    expect(clean('<span style="color: red; position: fixed; top: 0">x</span>')).toBe(
      '<span style="color: red;">x</span>',
    );
    expect(clean('<span style="color: red; font-weight: bold">x</span>')).toBe(
      '<span style="color: red; font-weight: bold;">x</span>',
    );
  });

  it('drops styles that hide content or load URLs', () => {
    expect(clean('<p style="display: none">hidden</p>')).toBe('<p>hidden</p>');
    expect(clean('<p style="background: url(https://evil.example/t.gif)">x</p>')).toBe('<p>x</p>');
    expect(clean('<p style="width: expression(alert(1))">x</p>')).toBe('<p>x</p>');
  });

  it('escapes a tag that could not be read instead of passing it through', () => {
    expect(clean('<img/src=x onerror=alert(1)>')).toBe('&lt;img/src=x onerror=alert(1)>');
  });

  it('drops a comment a browser would end early', () => {
    expect(clean('<!-- a --!><script>alert(1)</script> -->x')).toBe('x');
  });

  it('drops SVG animation that could rewrite a link', () => {
    expect(
      clean('<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>'),
    ).toBe('<svg xmlns="http://www.w3.org/2000/svg"><a><text>x</text></a></svg>');
  });

  it('quotes and escapes attribute values', () => {
    expect(clean(`<abbr title='a "quoted" <b>'>x</abbr>`)).toBe(
      '<abbr title="a &quot;quoted&quot; &lt;b&gt;">x</abbr>',
    );
  });

  it('makes relative URLs absolute against the base', () => {
    expect(clean('<a href="../b">b</a><img src="/c.png">')).toBe(
      '<a href="https://example.org/b">b</a><img src="https://example.org/c.png" />',
    );
  });

  it('keeps known named references and escapes unknown ones', () => {
    expect(clean('caf&eacute; &amp; &bogus; AT&T')).toBe('caf&eacute; &amp; &amp;bogus AT&T');
  });

  it('maps windows-1252 character references to the characters they meant', () => {
    expect(clean('&#147;quoted&#148;')).toBe('&#x201c;quoted&#x201d;');
  });
});
