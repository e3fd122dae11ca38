import { describe, expect, it } from 'vitest';
import { parseOpml, writeOpml, type OpmlFeed } from '../../src/fetch/index.ts';

const LIST = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="News">
      <outline text="China" title="China">
        <outline type="rss" text="Xinjiang wire" xmlUrl="https://wire.example/xinjiang.rss" htmlUrl="https://wire.example/"/>
      </outline>
      <outline type="rss" title="Daily &amp; Co" XMLURL="http://daily.example/feed"/>
    </outline>
    <outline type="rss" text="Top level" xmlurl="feed://top.example/rss.xml"/>
    <outline type="rss" text="Broken" xmlUrl="javascript:alert(1)"/>
    <outline text="Just a note"/>
    <outline type="rss" text="Again" xmlUrl="https://wire.example/xinjiang.rss"/>
    <outline type="rss" text="Old style" url="https://old.example/rss" category="/Archive/Old,/Other"/>
  </body>
</opml>`;

describe('parseOpml', () => {
  it('reads feeds with their folder path, whatever the case of xmlUrl', () => {
    expect(parseOpml(LIST).feeds).toEqual([
      {
        url: 'https://wire.example/xinjiang.rss',
        title: 'Xinjiang wire',
        htmlUrl: 'https://wire.example/',
        categoryPath: ['News', 'China'],
      },
      { url: 'http://daily.example/feed', title: 'Daily & Co', htmlUrl: null, categoryPath: ['News'] },
      { url: 'http://top.example/rss.xml', title: 'Top level', htmlUrl: null, categoryPath: [] },
      { url: 'https://old.example/rss', title: 'Old style', htmlUrl: null, categoryPath: ['Archive', 'Old'] },
    ]);
  });

  it('reads the title from the head', () => {
    expect(parseOpml(LIST).title).toBe('My feeds');
  });

  it('reports each bad outline with its line, and keeps going', () => {
    expect(parseOpml(LIST).problems).toEqual([
      { code: 'opml.bad_url', message: 'opml: not an http(s) feed URL: javascript:alert(1)', line: 12 },
      { code: 'opml.missing_url', message: 'opml: "Just a note" has no xmlUrl', line: 13 },
      {
        code: 'opml.duplicate',
        message: 'opml: https://wire.example/xinjiang.rss is listed more than once',
        line: 14,
      },
    ]);
  });

  it('reports a document that is not OPML', () => {
    expect(parseOpml('<rss version="2.0"><channel/></rss>')).toEqual({
      title: null,
      feeds: [],
      problems: [
        { code: 'opml.not_opml', message: "opml: the document's root is <rss>, not <opml>", line: 1 },
      ],
    });
  });

  it('reports an empty document', () => {
    expect(parseOpml('').problems).toEqual([
      { code: 'opml.not_opml', message: 'opml: the document has no elements', line: 1 },
    ]);
  });
});

describe('writeOpml', () => {
  const feeds: OpmlFeed[] = [
    {
      url: 'https://wire.example/a?x=1&y=2',
      title: 'A "quoted" <feed>',
      htmlUrl: 'https://wire.example/',
      categoryPath: ['News', 'China'],
    },
    { url: 'https://b.example/feed', title: null, htmlUrl: null, categoryPath: [] },
    { url: 'https://c.example/feed', title: 'C', htmlUrl: null, categoryPath: ['News'] },
  ];
  const now = new Date('2030-01-02T03:04:05Z');

  it('writes OPML 2.0 with folders nested and attributes escaped', () => {
    expect(writeOpml(feeds, { title: 'Feeds & more', now })).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Feeds &amp; more</title>
    <dateCreated>Wed, 02 Jan 2030 03:04:05 GMT</dateCreated>
  </head>
  <body>
    <outline type="rss" text="https://b.example/feed" title="https://b.example/feed" xmlUrl="https://b.example/feed"/>
    <outline text="News" title="News">
      <outline type="rss" text="C" title="C" xmlUrl="https://c.example/feed"/>
      <outline text="China" title="China">
        <outline type="rss" text="A &quot;quoted&quot; &lt;feed&gt;" title="A &quot;quoted&quot; &lt;feed&gt;" xmlUrl="https://wire.example/a?x=1&amp;y=2" htmlUrl="https://wire.example/"/>
      </outline>
    </outline>
  </body>
</opml>
`);
  });

  it('round-trips through parseOpml', () => {
    const back = parseOpml(writeOpml(feeds, { title: 'T', now }));
    expect(back.problems).toEqual([]);
    expect(back.feeds).toEqual([{ ...feeds[1], title: 'https://b.example/feed' }, feeds[2], feeds[0]]);
  });

  it('keeps line breaks in titles and drops characters XML cannot carry', () => {
    const odd: OpmlFeed = {
      url: 'https://d.example/',
      title: 'Two\nlines\u0001',
      htmlUrl: null,
      categoryPath: [],
    };
    expect(writeOpml([odd], { title: 'T', now })).toContain('title="Two&#10;lines"');
  });
});
