// A rule for the names the tagger misses most in this domain's news: a firm or group named
// right after the noun that says what it is ("the cloud security firm Lookout", "the UK
// startup FaiceTech", "UK-based group Hong Kong Watch").

/** A name found by rule, with [start, end) offsets. */
export interface RuleMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const DESCRIPTORS =
  'firm|company|companies|group|startup|start-up|agency|organisation|organization|charity|thinktank|think-tank|NGO|watchdog|' +
  'manufacturer|maker|supplier|retailer|brand|conglomerate|consultancy|broadcaster|newspaper|outlet|publisher|subsidiary|giant|lab';
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*`;
const AFTER_DESCRIPTOR = new RegExp(
  String.raw`\b(?:${DESCRIPTORS})[ \t\u00a0]+(${NAME_WORD}(?:[ \t\u00a0]+${NAME_WORD})*)`,
  'gu',
);
const NOT_NAMES = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December The A An In On At But And Or For Of To It He She They We I This That Last Next'
  ).split(' '),
);

/** Returns the names that follow a descriptor noun in text. */
export function findDescribedOrgs(text: string): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const m of text.matchAll(AFTER_DESCRIPTOR)) {
    const name = (m[1] ?? '').replace(/['’]s$/u, '');
    if (name.length < 2 || NOT_NAMES.has(name.split(/\s+/u)[0] ?? '')) continue;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    out.push({ start, end: start + name.length, text: name });
  }
  return out;
}
