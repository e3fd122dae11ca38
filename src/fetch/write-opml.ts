// Writes feeds as an OPML 2.0 subscription list, folders nested by category path.
// Spec: http://opml.org/spec2.opml
import type { OpmlFeed } from './opml-types.ts';

export interface WriteOpmlOptions {
  readonly title: string;
  readonly now: Date;
}

interface Folder {
  readonly feeds: OpmlFeed[];
  readonly folders: Map<string, Folder>;
}

const newFolder = (): Folder => ({ feeds: [], folders: new Map() });

/** Returns text safe inside a double-quoted XML attribute or element (invalid characters dropped). */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function buildTree(feeds: readonly OpmlFeed[]): Folder {
  const root = newFolder();
  for (const feed of feeds) {
    let folder = root;
    for (const name of feed.categoryPath) {
      let child = folder.folders.get(name);
      if (!child) folder.folders.set(name, (child = newFolder()));
      folder = child;
    }
    folder.feeds.push(feed);
  }
  return root;
}

function feedLine(feed: OpmlFeed, indent: string): string {
  const title = escapeXml(feed.title ?? feed.url);
  const html = feed.htmlUrl ? ` htmlUrl="${escapeXml(feed.htmlUrl)}"` : '';
  return `${indent}<outline type="rss" text="${title}" title="${title}" xmlUrl="${escapeXml(feed.url)}"${html}/>`;
}

function folderLines(folder: Folder, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const lines = folder.feeds.map((feed) => feedLine(feed, indent));
  for (const [name, child] of folder.folders) {
    const label = escapeXml(name);
    lines.push(
      `${indent}<outline text="${label}" title="${label}">`,
      ...folderLines(child, depth + 1),
      `${indent}</outline>`,
    );
  }
  return lines;
}

/** Returns an OPML 2.0 document listing the feeds, in folders by category path. */
export function writeOpml(feeds: readonly OpmlFeed[], options: WriteOpmlOptions): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(options.title)}</title>`,
    // OPML 2.0 asks for RFC 822 dates.
    `    <dateCreated>${options.now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...folderLines(buildTree(feeds), 2),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
