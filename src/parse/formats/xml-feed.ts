// RSS (0.9x, 2.0), RDF (RSS 0.90, 1.0) and Atom (0.3, 1.0): find the channel, recognise the items,
// name the version, and read both through the shared element vocabulary.
// Spec: https://www.rssboard.org/rss-specification, https://web.resource.org/rss/1.0/spec,
// https://www.rfc-editor.org/rfc/rfc4287
import type { FeedFormat, ParsedItem } from '../../model/index.ts';

import { findChild, NS, type XmlElement } from '../xml/index.ts';
import { Draft } from './draft.ts';
import { readCdfAttributes, readFields } from './element-handlers.ts';
import type { ReadEnv } from './env.ts';
import { freezeItem } from './freeze.ts';
import { createIdentityAssigner } from './item-identity.ts';

export interface XmlFeedShape {
  readonly format: FeedFormat;
  readonly version: string | null;
  readonly channel: XmlElement;
  readonly isAtom: boolean;
  readonly isAtom10: boolean;
}

const RSS_VERSIONS = new Set(['0.91', '0.92', '0.93', '0.94']);
// Feed readers have always taken an RSS item in an Atom feed, and the reverse, for an entry.
const ENTRY_KEYS = ['item', 'entry'];

function rssVersion(root: XmlElement, isNetscape: boolean): string {
  const declared = (root.attrs['version'] ?? '').trim();
  if (declared === '0.91' && isNetscape) return '0.91n';
  if (RSS_VERSIONS.has(declared)) return declared;
  return declared || 'unknown';
}

/** Returns where a document's channel and items are, or null when it is no feed we know. */
export function locateFeed(root: XmlElement, isNetscape: boolean): XmlFeedShape | null {
  if (root.key === 'rss') {
    const channel = findChild(root, 'channel') ?? root;
    return { format: 'rss', version: rssVersion(root, isNetscape), channel, isAtom: false, isAtom10: false };
  }
  if (root.key === 'rdf:rdf') {
    const channel = findChild(root, 'channel') ?? root;
    const isRss090 = root.attrs['xmlns'] === NS.rss090 || channel.ns === NS.rss090;
    const version = isRss090 ? '0.90' : '1.0';
    return { format: 'rdf', version, channel, isAtom: false, isAtom10: false };
  }
  if (root.key === 'feed') {
    const isAtom10 = root.ns === NS.atom10;
    const version = isAtom10 ? '1.0' : (root.attrs['version'] ?? null);
    return { format: 'atom', version, channel: root, isAtom: true, isAtom10 };
  }
  if (root.key === 'channel') {
    // Microsoft's Channel Definition Format (CDF), or RSS that lost its root.
    const isCdf = root.attrs['href'] !== undefined || root.attrs['lastmod'] !== undefined;
    return { format: isCdf ? 'cdf' : 'rss', version: null, channel: root, isAtom: false, isAtom10: false };
  }
  return null;
}

/** Returns true when el is one of the feed's items: an item or entry of the channel or root. */
export function isItemElement(
  el: XmlElement,
  parent: XmlElement | undefined,
  root: XmlElement | undefined,
): boolean {
  if (!ENTRY_KEYS.includes(el.key) || !parent) return false;
  return parent === root || (parent.key === 'channel' && root?.key !== 'channel');
}

/** Returns a reader that turns item elements into items, each with an identity unique in the feed. */
export function createItemReader(env: ReadEnv): (el: XmlElement) => ParsedItem {
  const assignId = createIdentityAssigner();
  return (el) => {
    const draft = new Draft();
    const about = el.attrs['rdf:about'];
    if (about) draft.id = about;
    readCdfAttributes(draft, el, env);
    readFields(draft, el, env, true);
    return freezeItem(draft, assignId, el.lang);
  };
}

/** Returns what the root element says about how to read text: Atom or not, Atom 1.0 or not. */
export function textEnvOf(root: XmlElement): { isAtom: boolean; isAtom10: boolean } {
  return { isAtom: root.key === 'feed', isAtom10: root.key === 'feed' && root.ns === NS.atom10 };
}

/** Returns the channel draft: the channel's fields, plus an RDF image beside the channel. */
export function readChannel(shape: XmlFeedShape, root: XmlElement, env: ReadEnv): Draft {
  const draft = new Draft();
  readCdfAttributes(draft, shape.channel, env);
  readFields(draft, shape.channel, env, false);
  // RSS 1.0 describes the image beside the channel; the channel only points at it.
  const image = shape.format === 'rdf' ? findChild(root, 'image') : undefined;
  if (image) readFields(draft, { ...root, children: [image] }, env, false);
  return draft;
}
