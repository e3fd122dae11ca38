// The XML side of parseFeed: read the document, turning items into the model as each one
// closes, then read the channel and name the format.
import type { ParsedFeed, ParsedItem, ParseWarning } from '../../model/index.ts';
import { readXml, type XmlElement } from '../xml/index.ts';
import { emptyFeed } from './empty-feed.ts';
import type { ReadEnv } from './env.ts';
import { freezeFeedFields } from './freeze.ts';
import { createItemReader, isItemElement, locateFeed, readChannel, textEnvOf } from './xml-feed.ts';

function notAFeed(
  encoding: string,
  warnings: readonly ParseWarning[],
  rootName: string | undefined,
): ParsedFeed {
  const what = rootName === undefined ? 'no root element' : `root element <${rootName}>`;
  const hint = rootName?.toLowerCase() === 'html' ? 'an HTML page, not a feed' : `${what} is not a feed`;
  return {
    ...emptyFeed(encoding),
    warnings: [...warnings, { code: 'parse.not_a_feed', message: `parse: ${hint}` }],
  };
}

/** Collects items as the reader closes them, starting over when the reader does. */
class ItemCollector {
  items: ParsedItem[] = [];
  warnings: ParseWarning[] = [];
  private read: ((el: XmlElement) => ParsedItem) | undefined;

  onClose = (el: XmlElement, parent: XmlElement | undefined, root: XmlElement | undefined): boolean => {
    if (!root || !isItemElement(el, parent, root)) return false;
    this.read ??= createItemReader({ ...textEnvOf(root), warnings: this.warnings });
    this.items.push(this.read(el));
    return true;
  };

  onRestart = (): void => {
    this.items = [];
    this.warnings = [];
    this.read = undefined;
  };
}

/** Returns the feed in an XML document (RSS, RDF or Atom). */
export function readXmlFeed(text: string, base: string, encoding: string, lang: string | null): ParsedFeed {
  const collector = new ItemCollector();
  const doc = readXml(text, {
    base,
    lang: lang?.replaceAll('_', '-') ?? null,
    onClose: collector.onClose,
    onRestart: collector.onRestart,
  });
  const shape = doc.root ? locateFeed(doc.root, doc.isNetscapeDoctype) : null;
  if (!doc.root || !shape) return notAFeed(encoding, doc.warnings, doc.root?.qname);
  const env: ReadEnv = {
    isAtom: shape.isAtom,
    isAtom10: shape.isAtom10,
    warnings: [...doc.warnings, ...collector.warnings],
  };
  const channel = readChannel(shape, doc.root, env);
  const declared = doc.root.attrs['xml:lang'] ?? doc.root.attrs['lang'];
  const rootLanguage = declared ? declared.replaceAll('_', '-') : null;
  const language = rootLanguage ?? channel.language ?? doc.root.lang;
  // A <language> that comes after the items still names theirs.
  const items =
    language === null
      ? collector.items
      : collector.items.map((i) => (i.language === null ? { ...i, language } : i));
  const fields = freezeFeedFields(channel);
  return {
    ...emptyFeed(encoding),
    ...fields,
    format: shape.format,
    version: shape.version,
    titleDetail: channel.title,
    link: channel.link,
    links: channel.links,
    subtitleDetail: channel.subtitle ?? channel.summary,
    id: channel.id,
    language,
    updated: channel.updated,
    published: channel.published,
    created: channel.created,
    validity: channel.validity,
    logo: channel.logo,
    cloud: channel.cloud,
    textInput: channel.textInput,
    newLocation: channel.newLocation,
    where: channel.where,
    categories: channel.categories,
    rights: channel.rights,
    info: channel.info,
    generator: channel.generator,
    icon: channel.icon,
    docs: channel.docs,
    ttl: channel.ttl,
    extensions: channel.extensions,
    items,
    warnings: env.warnings,
    bozo: doc.isIllFormed,
  };
}
