// The UI's pure parts: the escaping template, snippets, the word diff, the chart.
import { describe, expect, it } from 'vitest';
import { diffWords, displayHtml, html, raw, snippetHtml } from '../../src/ui/index.ts';
import { dayChart } from '../../src/ui/parts/day-chart.ts';

describe('html``', () => {
  it('escapes every interpolation', () => {
    expect(html`<p title="${'" onmouseover="x'}">${'<script>alert(1)</script>'}</p>`.value).toBe(
      '<p title="&quot; onmouseover=&quot;x">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('keeps nested templates and raw() as they are', () => {
    expect(html`<div>${html`<b>${'&'}</b>`}${raw('<i>ok</i>')}</div>`.value).toBe(
      '<div><b>&amp;</b><i>ok</i></div>',
    );
  });

  it('joins arrays and drops null, undefined and false', () => {
    expect(html`${['a', '<', null, undefined, false, 0]}`.value).toBe('a&lt;0');
  });

  it('escapes quotes and backticks', () => {
    expect(html`${`'\`"`}`.value).toBe('&#39;&#96;&quot;');
  });
});

describe('snippetHtml', () => {
  it('escapes the text, then marks the matches', () => {
    expect(snippetHtml('a <b> \u0002cotton\u0003 & \u0002tomatoes\u0003')).toBe(
      'a &lt;b&gt; <mark>cotton</mark> &amp; <mark>tomatoes</mark>',
    );
  });

  it('closes a match cut by the end of the snippet', () => {
    expect(snippetHtml('…the \u0002Uyghur')).toBe('…the <mark>Uyghur</mark>');
  });

  it('drops a stray closing marker', () => {
    expect(snippetHtml('ghur\u0003 region')).toBe('ghur region');
  });

  it('cannot be made to open a tag by the text', () => {
    expect(snippetHtml('\u0002<img src=x onerror=alert(1)>\u0003')).toBe(
      '<mark>&lt;img src=x onerror=alert(1)&gt;</mark>',
    );
  });
});

describe('diffWords', () => {
  it('marks a changed word', () => {
    expect(diffWords('the report was cut', 'the report was censored')).toEqual([
      { kind: 'same', text: 'the report was ' },
      { kind: 'removed', text: 'cut' },
      { kind: 'added', text: 'censored' },
    ]);
  });

  it('marks an appended sentence', () => {
    expect(diffWords('Camps exist.', 'Camps exist. Officials deny it.')).toEqual([
      { kind: 'same', text: 'Camps exist.' },
      { kind: 'added', text: ' Officials deny it.' },
    ]);
  });

  it('aligns words in the middle', () => {
    expect(diffWords('a b c d', 'a x c d')).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: ' c d' },
    ]);
  });

  it('gives the same text back as one part', () => {
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
  });
});

describe('dayChart', () => {
  const days = [
    { day: '2024-03-01', count: 2 },
    { day: '2024-03-02', count: 0 },
    { day: '2024-03-03', count: 4 },
  ];

  it('draws one bar per day, the highest at full height', () => {
    const svg = dayChart(days, 'Items').value;
    expect([...svg.matchAll(/<rect class="bar"[^>]* height="(\d+)"/g)].map((m) => m[1])).toEqual([
      '64',
      '0',
      '128',
    ]);
  });

  it('labels the chart for screen readers and keeps the figures in a table', () => {
    const svg = dayChart(days, 'Items').value;
    expect([
      svg.includes('aria-label="Items: 6 items in 3 days, at most 4 a day"'),
      /<td>2024-03-03<\/td>\s*<td>4<\/td>/.test(svg),
    ]).toEqual([true, true]);
  });

  it('marks the shown days stories began, titled with the stories, and lists every story as a link', () => {
    const svg = dayChart(days, 'Items', [
      { storyId: 7, title: 'UN report', day: '2024-03-03' },
      { storyId: 9, title: 'Protest & reply', day: '2024-03-03' },
      { storyId: 3, title: 'Too early', day: '2024-02-01' },
    ]).value;
    expect([
      [...svg.matchAll(/<g class="milestone" data-day="([\d-]+)"\s*><title>([^<]*)<\/title/g)].map((m) => [
        m[1],
        m[2],
      ]),
      /<line x1="500\.0"/.test(svg),
      [...svg.matchAll(/<a href="\/stories\/(\d+)">/g)].map((m) => m[1]),
      svg.includes('at most 4 a day; where 3 stories began is marked'),
    ]).toEqual([
      [['2024-03-03', '2 stories began 2024-03-03: UN report; Protest &amp; reply']],
      true,
      ['7', '9', '3'],
      true,
    ]);
  });
});

describe('displayHtml', () => {
  it('drops style attributes', () => {
    expect(displayHtml('<div style="width: 100%;" class="x">overlay</div>')).toBe(
      '<div class="x">overlay</div>',
    );
  });

  it('drops file: URLs and keeps https ones', () => {
    expect(displayHtml('<img src="file:///srv/x" /><img alt="a" src="https://e.example/p.png" />')).toBe(
      '<img /><img alt="a" src="https://e.example/p.png" />',
    );
  });

  it('keeps fragments, mailto: and data: images, and drops data: elsewhere', () => {
    expect(
      displayHtml(
        '<a href="#n">n</a><a href="mailto:a@b.example">m</a><img src="data:image/png;base64,AA" /><a href="data:text/html,x">d</a>',
      ),
    ).toBe(
      '<a href="#n">n</a><a href="mailto:a@b.example">m</a><img src="data:image/png;base64,AA" /><a>d</a>',
    );
  });

  it('leaves text that looks like an attribute alone', () => {
    expect(displayHtml('<p>write style="x" in text</p>')).toBe('<p>write style="x" in text</p>');
  });
});
