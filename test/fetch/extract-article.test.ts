import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/fetch/index.ts';

const PARAGRAPHS = [
  'Authorities in the region detained dozens of residents last week, according to documents seen by reporters and interviews with relatives who asked not to be named.',
  'The detentions followed a campaign announced in March, in which officials said they would <a href="/related/1">inspect households</a> across several counties.',
  'Relatives said the people taken away had no chance to see a lawyer, and that families were told not to speak to foreign journalists about the cases.',
];

const PAGE = `<!doctype html><html><head><title>Dozens detained in county sweep - Example News</title>
<meta name="author" content="Jane Doe"><script>window.tracker = 1</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Dozens detained in county sweep</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
<script>document.write('<p>injected</p>')</script><img src="/img/a.jpg" onerror="alert(1)"></article>
<footer>Copyright Example News</footer></body></html>`;

const URL_OF_PAGE = 'https://news.example/world/2030/detained';

describe('extractArticle', () => {
  it('returns the title and byline of the article', async () => {
    const article = await extractArticle(PAGE, URL_OF_PAGE);
    expect([article?.title, article?.byline]).toEqual(['Dozens detained in county sweep', 'Jane Doe']);
  });

  it('returns the article text, paragraphs on their own lines, without navigation or footer', async () => {
    const article = await extractArticle(PAGE, URL_OF_PAGE);
    const expected = PARAGRAPHS.map((p) => p.replace(/<[^>]+>/g, '')).join('\n\n');
    expect(article?.text).toBe(expected);
    expect(article?.length).toBe(expected.length);
  });

  it('returns sanitised HTML with absolute links and no script or handler', async () => {
    const html = (await extractArticle(PAGE, URL_OF_PAGE))!.html;
    expect(html).toContain('<a href="https://news.example/related/1">inspect households</a>');
    expect(html).toContain('<img src="https://news.example/img/a.jpg" />');
    expect(/script|onerror|injected/.test(html)).toBe(false);
  });

  it('returns null for a page with no article', async () => {
    const page = '<html><body><nav><a href="/">Home</a></nav><p>Subscribe now.</p></body></html>';
    expect(await extractArticle(page, 'https://news.example/')).toBe(null);
  });
});
