// Seeded generators for the large benchmark inputs: an RSS 2.0 feed of 20,000 items (~20 MB) and an
// Atom 1.0 feed (~10 MB), shaped like real news feeds. Run directly to write them to bench/out/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  between,
  createRandom,
  escapeText,
  htmlBody,
  itemDate,
  pick,
  sentence,
  type Random,
} from './generate-text.ts';

export interface GenerateOptions {
  readonly items: number;
  readonly seed: number;
}

const AUTHORS = [
  'Amy Lehmann',
  'Rahima Mahmut',
  'José Álvarez',
  'Zhou Xin (周昕)',
  'Ayşe Yılmaz',
  'Newsdesk',
];
const CATEGORIES = [
  'Xinjiang',
  'Forced labour',
  'Supply chains',
  'Surveillance',
  'Sanctions',
  'Human rights',
];
const RSS_NAMESPACES =
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
  'xmlns:atom="http://www.w3.org/2005/Atom"';

/** Returns an RSS 2.0 document with the given number of items. */
export function generateRss(options: GenerateOptions): string {
  const random = createRandom(options.seed);
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ${RSS_NAMESPACES}>\n<channel>\n`,
    '<title>Benchmark News — Xinjiang &amp; supply chains</title>\n<link>https://news.example.org/</link>\n',
    '<description>Generated feed for newswatch benchmarks</description>\n<language>en-gb</language>\n',
    '<atom:link href="https://news.example.org/feed.rss" rel="self" type="application/rss+xml"/>\n',
  ];
  for (let index = 0; index < options.items; index += 1) parts.push(rssItem(random, index));
  parts.push('</channel>\n</rss>\n');
  return parts.join('');
}

function rssItem(random: Random, index: number): string {
  const link = `https://news.example.org/${2024 - (index % 3)}/story-${index}`;
  const lines = [
    '<item>',
    `<title>${escapeText(sentence(random, 4, 14))}</title>`,
    `<link>${link}</link>`,
    `<guid isPermaLink="${index % 4 === 0 ? 'true' : 'false'}">${index % 4 === 0 ? link : `urn:bench:${index}`}</guid>`,
    `<pubDate>${itemDate(random, index).toUTCString()}</pubDate>`,
    `<dc:creator>${escapeText(pick(random, AUTHORS))}</dc:creator>`,
  ];
  for (let i = between(random, 0, 3); i > 0; i -= 1)
    lines.push(`<category>${pick(random, CATEGORIES)}</category>`);
  lines.push(`<description>${escapeText(htmlBody(random, index, 1, 2))}</description>`);
  if (random() < 0.3)
    lines.push(`<content:encoded><![CDATA[${htmlBody(random, index, 2, 4)}]]></content:encoded>`);
  if (random() < 0.2) {
    const length = between(random, 100_000, 90_000_000);
    lines.push(
      `<enclosure url="https://media.example.org/${index}.mp3" length="${length}" type="audio/mpeg"/>`,
    );
  }
  lines.push('</item>\n');
  return lines.join('\n');
}

/** Returns an Atom 1.0 document with the given number of entries. */
export function generateAtom(options: GenerateOptions): string {
  const random = createRandom(options.seed);
  const parts = [
    '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://atom.example.org/">\n',
    '<title type="text">Benchmark Atom — Ürümqi desk</title>\n<id>urn:bench:atom</id>\n',
    '<link rel="alternate" href="https://atom.example.org/"/>\n<link rel="self" href="https://atom.example.org/feed.atom"/>\n',
    '<updated>2024-06-01T12:00:00Z</updated>\n<author><name>Newsdesk</name></author>\n',
  ];
  for (let index = 0; index < options.items; index += 1) parts.push(atomEntry(random, index));
  parts.push('</feed>\n');
  return parts.join('');
}

function atomEntry(random: Random, index: number): string {
  const date = itemDate(random, index).toISOString();
  const author = pick(random, AUTHORS);
  const lines = [
    index % 5 === 0 ? '<entry xml:lang="zh">' : '<entry>',
    `<title type="html">${escapeText(escapeText(sentence(random, 4, 14)))}</title>`,
    `<link rel="alternate" type="text/html" href="/${2024 - (index % 3)}/entry-${index}"/>`,
    `<id>tag:atom.example.org,2024:${index}</id>`,
    `<published>${date}</published>\n<updated>${date}</updated>`,
    `<author><name>${escapeText(author)}</name><uri>https://atom.example.org/by/${index % 50}</uri></author>`,
  ];
  const scheme = 'https://atom.example.org/topics';
  for (let i = between(random, 0, 3); i > 0; i -= 1) {
    lines.push(`<category term="${pick(random, CATEGORIES)}" scheme="${scheme}"/>`);
  }
  lines.push(`<summary type="html">${escapeText(htmlBody(random, index, 1, 2))}</summary>`);
  if (random() < 0.3) {
    lines.push(
      `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${htmlBody(random, index, 1, 2)}</div></content>`,
    );
  } else if (random() < 0.5) {
    lines.push(`<content type="html">${escapeText(htmlBody(random, index, 1, 2))}</content>`);
  }
  if (random() < 0.1)
    lines.push(`<link rel="enclosure" type="audio/mpeg" length="1234567" href="/media/${index}.mp3"/>`);
  lines.push('</entry>\n');
  return lines.join('\n');
}

/** Returns the paths of the written benchmark inputs, generated afresh. */
export function writeGeneratedInputs(outDir: string): { readonly rss: string; readonly atom: string } {
  mkdirSync(outDir, { recursive: true });
  const rss = join(outDir, 'generated-rss-20000.xml');
  const atom = join(outDir, 'generated-atom-8000.xml');
  writeFileSync(rss, generateRss({ items: 20_000, seed: 20_240_601 }));
  writeFileSync(atom, generateAtom({ items: 8_000, seed: 20_240_602 }));
  return { rss, atom };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const paths = writeGeneratedInputs(new URL('../out/', import.meta.url).pathname);
  console.log(`wrote ${paths.rss}\nwrote ${paths.atom}`);
}
