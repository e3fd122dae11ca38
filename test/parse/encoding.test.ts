import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parse } from './helpers.ts';

const doc = (title: string, decl = '') =>
  `${decl}<rss version="2.0"><channel><title>${title}</title></channel></rss>`;
const encode = (s: string, enc: string) => iconv.encode(s, enc);

describe('character encodings', () => {
  it('decodes windows-1252 smart quotes and the euro sign, not as control characters', () => {
    const feed = parse(
      encode(doc('“Quotes” cost €5', '<?xml version="1.0" encoding="windows-1252"?>'), 'windows-1252'),
    );
    expect(feed.title).toBe('“Quotes” cost €5');
    expect(feed.encoding).toBe('windows-1252');
  });

  it('reads ISO-8859-1 from the XML declaration', () => {
    const feed = parse(
      encode(doc('Notícias de Ürümqi', '<?xml version="1.0" encoding="ISO-8859-1"?>'), 'latin1'),
    );
    expect(feed.title).toBe('Notícias de Ürümqi');
  });

  it('lets the HTTP charset override the XML declaration', () => {
    const bytes = encode(doc('Новости', '<?xml version="1.0" encoding="utf-8"?>'), 'koi8-r');
    const feed = parse(bytes, { contentType: 'application/rss+xml; charset=KOI8-R' });
    expect(feed.title).toBe('Новости');
    expect(feed.bozo).toBe(false);
  });

  it('falls back when the declaration lies, and says so', () => {
    const bytes = encode(doc('café', '<?xml version="1.0" encoding="utf-8"?>'), 'windows-1252');
    const feed = parse(bytes);
    expect(feed.title).toBe('café');
    expect(feed.encoding).toBe('windows-1252');
    expect(feed.warnings[0]?.code).toBe('encoding.override');
    expect(feed.bozo).toBe(true);
  });

  it('reads UTF-16 with a byte order mark', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(doc('新疆', '<?xml version="1.0" encoding="utf-16"?>'), 'utf16le'),
    ]);
    const feed = parse(bytes);
    expect(feed.title).toBe('新疆');
    expect(feed.encoding).toBe('utf-16le');
  });

  it('drops a UTF-8 byte order mark', () => {
    const feed = parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc('Ürümqi'))]));
    expect(feed.title).toBe('Ürümqi');
    expect(feed.bozo).toBe(false);
  });

  it.each([
    ['gb2312', '新疆维吾尔自治区'],
    ['big5', '新疆維吾爾自治區'],
    ['euc-kr', '신장 위구르'],
    ['shift_jis', '新疆ウイグル'],
    ['iso-8859-2', 'Zażółć gęślą'],
    ['windows-1251', 'Синьцзян'],
  ])('decodes %s from the declaration', (encoding, title) => {
    const feed = parse(encode(doc(title, `<?xml version="1.0" encoding="${encoding}"?>`), encoding));
    expect(feed.title).toBe(title);
  });

  it('treats text/xml without a charset as US-ASCII, as RFC 3023 says, then falls back', () => {
    const feed = parse(Buffer.from(doc('Ürümqi', '<?xml version="1.0" encoding="utf-8"?>')), {
      contentType: 'text/xml',
    });
    expect(feed.title).toBe('Ürümqi');
    expect(feed.encoding).toBe('utf-8');
    expect(feed.warnings[0]?.code).toBe('encoding.override');
  });
});
