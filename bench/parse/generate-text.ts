// Seeded random text for the generated benchmark feeds: news-like prose with non-ASCII names,
// smart quotes and escaped HTML, so that tokenisers and decoders do realistic work.

import { between, mulberry32, pick, type Random } from '../store/random.ts';

export { between, pick, type Random } from '../store/random.ts';

/** Returns a deterministic generator (mulberry32) for a seed, so runs compare like for like. */
export function createRandom(seed: number): Random {
  return mulberry32(seed);
}

const WORDS = (
  'the|of|and|to|in|a|for|on|said|government|report|camp|factory|workers|cotton|supply|chain|detention|' +
  'surveillance|police|officials|company|documents|leaked|according|researchers|sanctions|' +
  'export|province|region|court|families|transfer|labour|programme|satellite|images|show|new|' +
  'buildings|were|built|near|last|year|million|people|minister|statement|denied|claims|café|' +
  'résumé|naïve|Ürümqi|Kashgar|Hotan|Uyghur|Xinjiang|Aksu|Turpan|新疆|维吾尔|乌鲁木齐|喀什|Zürich|' +
  'São Paulo|Kraków|€12m|—|…'
).split('|');

const QUOTED = ['“we were told to stay”', '‘re-education’', '“no comment”', '“vocational training”'];

/** Returns a sentence of plain text, with a capital letter and a full stop. */
export function sentence(random: Random, minWords = 6, maxWords = 22): string {
  const count = between(random, minWords, maxWords);
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) {
    words.push(random() < 0.05 ? pick(random, QUOTED) : pick(random, WORDS));
  }
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** Returns a paragraph of HTML with, now and then, a link, an image or emphasis. */
export function htmlParagraph(random: Random, index: number): string {
  const parts: string[] = [];
  const sentences = between(random, 1, 3);
  for (let i = 0; i < sentences; i += 1) parts.push(escapeText(sentence(random)));
  const roll = random();
  if (roll < 0.25) {
    parts.push(
      `<a href="https://news.example.org/story/${index}?ref=feed&amp;p=${between(random, 1, 9)}">more</a>`,
    );
  } else if (roll < 0.35) {
    parts.push(`<img src="https://img.example.org/${index}.jpg" alt="${escapeText(pick(random, WORDS))}" />`);
  } else if (roll < 0.5) {
    parts.push(`<em>${escapeText(pick(random, QUOTED))}</em>`);
  }
  return `<p>${parts.join(' ')}</p>`;
}

/** Returns HTML made of several paragraphs. */
export function htmlBody(
  random: Random,
  index: number,
  minParagraphs: number,
  maxParagraphs: number,
): string {
  const paragraphs: string[] = [];
  const count = between(random, minParagraphs, maxParagraphs);
  for (let i = 0; i < count; i += 1) paragraphs.push(htmlParagraph(random, index));
  return paragraphs.join('\n');
}

/** Returns text escaped for XML character data and attribute values. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Returns a date spread over the year before the origin, one item a few minutes apart. */
export function itemDate(random: Random, index: number): Date {
  const origin = Date.UTC(2024, 5, 1, 12, 0, 0);
  return new Date(origin - index * 180_000 - between(random, 0, 170) * 1000);
}
