// Publication and update times. The declared text is kept; an unreadable one is a warning.
import type { DateValue } from '../../model/index.ts';
import { parseFeedDate } from '../dates/index.ts';
import { textContent, type XmlElement } from '../xml/index.ts';
import { simpleText } from './clean-text.ts';
import type { Draft } from './draft.ts';
import type { ReadEnv } from './env.ts';

/** Returns the date text declares, with a warning in env when it cannot be read. */
export function readDateValue(raw: string, env: ReadEnv): DateValue {
  const date = parseFeedDate(raw);
  if (date === null && raw !== '') {
    env.warnings.push({
      code: 'date.unparsed',
      message: `date: cannot read '${raw.slice(0, 80)}' as a date`,
    });
  }
  return { raw, iso: date ? date.toISOString() : null };
}

function dateOf(el: XmlElement, env: ReadEnv): DateValue {
  return readDateValue(simpleText(textContent(el)), env);
}

/** Reads `pubDate`, `published`, `issued`, `dcterms:issued`. */
export function readPublished(d: Draft, el: XmlElement, env: ReadEnv): void {
  d.published = dateOf(el, env);
}

/** Reads `updated`, `modified`, `lastBuildDate`, `dc:date`, `dcterms:modified`. */
export function readUpdated(d: Draft, el: XmlElement, env: ReadEnv): void {
  d.updated = dateOf(el, env);
}

/** Reads `created`, `dcterms:created`. */
export function readCreated(d: Draft, el: XmlElement, env: ReadEnv): void {
  d.created = dateOf(el, env);
}
