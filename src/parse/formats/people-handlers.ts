// Authors, contributors and publishers: Atom's person constructs and RSS's "email (Name)".
// Spec: https://www.rfc-editor.org/rfc/rfc4287#section-3.2, RSS 2.0 `author`.
import { childElements, textContent, type XmlElement } from '../xml/index.ts';
import { simpleText } from './clean-text.ts';
import { emptyPerson, type Draft, type PersonDraft } from './draft.ts';
import { joinUrl } from '../urls.ts';

const EMAIL =
  /(([a-zA-Z0-9_\-.+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9-]+\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?/;

/** Returns the person an RSS-style text names: "jane@example.com (Jane Doe)", "Jane <jane@…>". */
export function parsePersonText(text: string): PersonDraft {
  const person = emptyPerson();
  let name = text;
  const email = EMAIL.exec(text)?.[0];
  if (email) {
    person.email = email;
    name = name
      .replace(email, '')
      .replaceAll('()', '')
      .replaceAll('<>', '')
      .replaceAll('&lt;&gt;', '')
      .trim();
    if (name.startsWith('(')) name = name.slice(1);
    if (name.endsWith(')')) name = name.slice(0, -1);
    name = name.trim();
  }
  person.name = name || null;
  return person;
}

function readPersonChildren(el: XmlElement): PersonDraft {
  const person = emptyPerson();
  for (const child of childElements(el)) {
    const local = child.key.replace(/^itunes:/, '');
    const value = simpleText(textContent(child));
    if (local === 'name') person.name = value;
    else if (local === 'email') person.email = value;
    else if (local === 'uri' || local === 'url' || local === 'homepage')
      person.uri = value ? joinUrl(child.base, value) : value;
  }
  return person;
}

const PERSON_PARTS = new Set(['name', 'email', 'uri', 'url', 'homepage', 'itunes:name', 'itunes:email']);

/** Returns the person el describes, by child elements (name, email, uri) or by its text. */
export function readPerson(el: XmlElement): PersonDraft {
  const isStructured = el.children.some((c) => typeof c !== 'string' && PERSON_PARTS.has(c.key));
  return isStructured ? readPersonChildren(el) : parsePersonText(simpleText(textContent(el)));
}

/** Reads `author`, `dc:creator`, `dc:author`, `managingEditor`, `itunes:author`. */
export function readAuthor(d: Draft, el: XmlElement): void {
  const person = readPerson(el);
  d.authors.push(person);
  if (el.key === 'itunes:author') d.itunesInfo().author = person.name;
}

/** Reads Atom `contributor` and `dc:contributor`. */
export function readContributor(d: Draft, el: XmlElement): void {
  const person =
    el.key === 'dc:contributor' ? { ...emptyPerson(), name: simpleText(textContent(el)) } : readPerson(el);
  d.contributors.push(person);
}

/** Reads `webMaster`, `dc:publisher` and `itunes:owner`. */
export function readPublisher(d: Draft, el: XmlElement): void {
  d.publisher = readPerson(el);
  if (el.key === 'itunes:owner') d.itunesInfo().owner = d.publisher;
}
