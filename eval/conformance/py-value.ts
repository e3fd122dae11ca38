// The Python values feedparser's test expressions see: None, bool, int/float, str, list/tuple,
// dict (plain or feedparser's FeedParserDict with its aliases), exception objects and classes.
// Lists and tuples are both JS arrays: feedparser's time.struct_time compares equal to a tuple.

export type PyValue =
  | null
  | boolean
  | number
  | string
  | readonly PyValue[]
  | PyDict
  | PyException
  | PyClass
  | PyTimedelta
  | PyCallable;

/** A Python exception class, with the names of the classes it derives from. */
export class PyClass {
  constructor(
    readonly name: string,
    readonly bases: readonly string[],
  ) {}
}

/** A Python exception instance (feedparser's `bozo_exception`). */
export class PyException {
  constructor(
    readonly cls: PyClass,
    readonly message: string,
  ) {}
}

/** `datetime.timedelta`, kept as whole microseconds. */
export class PyTimedelta {
  constructor(readonly micros: number) {}
}

/** A built-in function or a bound method. */
export class PyCallable {
  constructor(
    readonly name: string,
    readonly call: (args: readonly PyValue[]) => PyValue,
  ) {}
}

/** A Python-level error (KeyError, IndexError ...): the expression is false, the test fails. */
export class PyError extends Error {
  constructor(
    readonly pyType: string,
    message: string,
  ) {
    super(`${pyType}: ${message}`);
  }
}

/** Something the evaluator does not implement: the test is counted as unsupported. */
export class UnsupportedError extends Error {}

// feedparser/util.py FeedParserDict.keymap: alias → stored key (or keys, first present wins).
const KEYMAP: Readonly<Record<string, string | readonly string[]>> = {
  channel: 'feed',
  items: 'entries',
  guid: 'id',
  date: 'updated',
  date_parsed: 'updated_parsed',
  description: ['summary', 'subtitle'],
  description_detail: ['summary_detail', 'subtitle_detail'],
  url: ['href'],
  modified: 'updated',
  modified_parsed: 'updated_parsed',
  issued: 'published',
  issued_parsed: 'published_parsed',
  copyright: 'rights',
  copyright_detail: 'rights_detail',
  tagline: 'subtitle',
  tagline_detail: 'subtitle_detail',
};

const MISSING = Symbol('missing');
type Found = PyValue | typeof MISSING;

/** A dict; with `isFeedParserDict` it resolves keys the way feedparser's FeedParserDict does. */
export class PyDict {
  readonly raw: Map<string, PyValue>;

  constructor(
    entries: Iterable<readonly [string, PyValue]>,
    readonly isFeedParserDict: boolean,
  ) {
    this.raw = new Map(entries);
  }

  /** Returns the value under key, or undefined where Python would raise KeyError. */
  lookup(key: string): PyValue | undefined {
    const found = this.isFeedParserDict ? this.findAliased(key) : this.findRaw(key);
    return found === MISSING ? undefined : found;
  }

  /** Returns what `key in d` says (FeedParserDict: no `updated` fallback to `published`). */
  contains(key: string): boolean {
    if (!this.isFeedParserDict || key === 'updated' || key === 'updated_parsed') return this.raw.has(key);
    return this.findAliased(key) !== MISSING;
  }

  private findRaw(key: string): Found {
    return this.raw.has(key) ? (this.raw.get(key) as PyValue) : MISSING;
  }

  private findAliased(key: string): Found {
    if (key === 'category') return this.findCategory();
    if (key === 'enclosures') return this.findEnclosures();
    if (key === 'license') {
      const href = this.findLicense();
      if (href !== MISSING) return href;
    } else if (key === 'updated' || key === 'updated_parsed') {
      const fallback = key === 'updated' ? 'published' : 'published_parsed';
      if (!this.raw.has(key) && this.raw.has(fallback)) return this.findRaw(fallback);
    } else {
      const target = KEYMAP[key] ?? key;
      for (const k of typeof target === 'string' ? [target] : target) {
        if (this.raw.has(k)) return this.findRaw(k);
      }
    }
    return this.findRaw(key);
  }

  private findCategory(): Found {
    const tags = this.findRaw('tags');
    const first = Array.isArray(tags) ? (tags as PyValue[])[0] : undefined;
    if (!(first instanceof PyDict)) return MISSING;
    return first.isFeedParserDict ? first.findAliased('term') : first.findRaw('term');
  }

  private findEnclosures(): Found {
    const links = this.findRaw('links');
    if (!Array.isArray(links)) return MISSING;
    return (links as PyValue[])
      .filter((l): l is PyDict => l instanceof PyDict && l.raw.get('rel') === 'enclosure')
      .map(
        (l) =>
          new PyDict(
            [...l.raw].filter(([k]) => k !== 'rel'),
            true,
          ),
      );
  }

  private findLicense(): Found {
    const links = this.findRaw('links');
    if (!Array.isArray(links)) return MISSING;
    for (const l of links as PyValue[]) {
      if (l instanceof PyDict && l.raw.get('rel') === 'license' && l.raw.has('href'))
        return l.findRaw('href');
    }
    return MISSING;
  }
}

/** Returns a FeedParserDict of the entries whose value is not undefined (absent stays absent). */
export function fpDict(entries: Record<string, PyValue | undefined>): PyDict {
  const kept = Object.entries(entries).filter((e): e is [string, PyValue] => e[1] !== undefined);
  return new PyDict(kept, true);
}

/** Returns Python's truth value of v. */
export function isTruthy(v: PyValue): boolean {
  if (v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof PyDict) return v.raw.size > 0;
  if (v instanceof PyTimedelta) return v.micros !== 0;
  return true;
}

function dictsEqual(a: PyDict, b: PyDict): boolean {
  if (a.raw.size !== b.raw.size) return false;
  for (const [k, v] of a.raw) {
    if (!b.raw.has(k) || !pyEquals(v, b.raw.get(k) as PyValue)) return false;
  }
  return true;
}

/** Returns Python's `a == b` (True == 1, list == tuple as for struct_time, dicts by stored keys). */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    const na = typeof a === 'boolean' ? Number(a) : a;
    const nb = typeof b === 'boolean' ? Number(b) : b;
    return typeof na === 'number' && typeof nb === 'number' && na === nb;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x: PyValue, i: number) => pyEquals(x, b[i] as PyValue));
  }
  if (a instanceof PyDict || b instanceof PyDict) {
    return a instanceof PyDict && b instanceof PyDict && dictsEqual(a, b);
  }
  if (a instanceof PyTimedelta || b instanceof PyTimedelta) {
    return a instanceof PyTimedelta && b instanceof PyTimedelta && a.micros === b.micros;
  }
  return a === b;
}

/** Returns the Python type name of v, for error messages. */
export function pyTypeName(v: PyValue): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  if (v instanceof PyDict) return v.isFeedParserDict ? 'FeedParserDict' : 'dict';
  if (v instanceof PyException) return v.cls.name;
  if (v instanceof PyClass) return 'type';
  if (v instanceof PyTimedelta) return 'timedelta';
  return 'builtin_function_or_method';
}
