// Writes generated items as an RSS 2.0 document, newest first as feeds list them. Full-text
// feeds carry a teaser in <description> and the story in <content:encoded>; summary feeds
// carry the whole body in <description>. Dates are RFC 822 in the feed's own time zone.
// Spec: https://www.rssboard.org/rss-specification
import type { FeedPlan } from './archive-plan.ts';
import type { GeneratedItem } from './archive-items.ts';
import type { Random } from './random.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Returns text escaped for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Returns an RFC 822 date for ms in a zone tzMinutes east of UTC ("GMT" for zero). */
export function rfc822(ms: number, tzMinutes: number): string {
  const d = new Date(ms + tzMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = tzMinutes < 0 ? '-' : '+';
  const zone =
    tzMinutes === 0
      ? 'GMT'
      : `${sign}${pad(Math.floor(Math.abs(tzMinutes) / 60))}${pad(Math.abs(tzMinutes) % 60)}`;
  return (
    `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${zone}`
  );
}

// A link around one word of some paragraphs: markup that changes no text.
function paragraphHtml(words: readonly string[], random: Random, host: string): string {
  const escaped = words.map(escapeXml);
  if (escaped.length > 3 && random() < 0.2) {
    const at = Math.floor(random() * escaped.length);
    escaped[at] = `<a href="https://${host}/topics/${at}">${escaped[at]}</a>`;
  }
  return `<p>${escaped.join(' ')}</p>`;
}

function itemXml(item: GeneratedItem, random: Random): string {
  const { feed, article } = item;
  const html = article.paragraphs.map((p) => paragraphHtml(p, random, feed.host)).join('\n');
  const teaser = article.paragraphs[0]?.slice(0, 30).join(' ') ?? '';
  const lines = [
    '<item>',
    `<title>${escapeXml(article.title.join(' '))}</title>`,
    `<link>${escapeXml(item.url)}</link>`,
  ];
  if (item.guid !== null) {
    const permalink = item.guid === item.url ? '' : ' isPermaLink="false"';
    lines.push(`<guid${permalink}>${escapeXml(item.guid)}</guid>`);
  }
  lines.push(`<pubDate>${rfc822(item.publishedMs, feed.tzMinutes)}</pubDate>`);
  lines.push(
    `<dc:creator>${escapeXml(item.author)}</dc:creator>`,
    `<category>${escapeXml(article.category)}</category>`,
  );
  if (feed.style === 'full') {
    lines.push(`<description>${escapeXml(teaser)}…</description>`);
    lines.push(`<content:encoded><![CDATA[${html}]]></content:encoded>`);
  } else {
    lines.push(`<description>${escapeXml(html)}</description>`);
  }
  lines.push('</item>');
  return lines.join('\n');
}

/** Returns an RSS 2.0 document of a feed's items (given oldest first, written newest first). */
export function writeRss(feed: FeedPlan, items: readonly GeneratedItem[], random: Random): string {
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>https://${feed.host}/</link>`,
    `<description>News from ${escapeXml(feed.title)}</description>`,
    `<atom:link href="${feed.selfUrl}" rel="self" type="application/rss+xml"/>`,
  ];
  if (feed.language !== null) head.push(`<language>${feed.language}</language>`);
  const body = [...items].reverse().map((item) => itemXml(item, random));
  return `${[...head, ...body, '</channel>', '</rss>'].join('\n')}\n`;
}
