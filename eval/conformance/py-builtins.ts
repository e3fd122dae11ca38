// The names an `Expect:` expression may use besides the parse result: len, ord, isinstance,
// locals, the feedparser module's exception classes, datetime.timedelta.
import {
  PyCallable,
  PyClass,
  PyDict,
  PyError,
  PyException,
  PyTimedelta,
  pyTypeName,
  UnsupportedError,
  type PyValue,
} from './py-value.ts';

const BOZO_BASE = new PyClass('ThingsNobodyCaresAboutButMe', ['Exception']);

/** feedparser/exceptions.py, by name. */
export const FEEDPARSER_CLASSES: Readonly<Record<string, PyClass>> = {
  ThingsNobodyCaresAboutButMe: BOZO_BASE,
  CharacterEncodingOverride: new PyClass('CharacterEncodingOverride', [BOZO_BASE.name, 'Exception']),
  CharacterEncodingUnknown: new PyClass('CharacterEncodingUnknown', [BOZO_BASE.name, 'Exception']),
  NonXMLContentType: new PyClass('NonXMLContentType', [BOZO_BASE.name, 'Exception']),
  UndeclaredNamespace: new PyClass('UndeclaredNamespace', ['Exception']),
};

// Python names we know exist but do not model: using one makes the test "unsupported",
// not failed. Any other unknown name is a NameError, as it would be in Python.
const KNOWN_UNMODELLED = new Set([
  '__import__',
  'str',
  'int',
  'float',
  'bool',
  'list',
  'dict',
  'tuple',
  'set',
  'type',
  'sorted',
  'min',
  'max',
  'sum',
  'any',
  'all',
  'map',
  'filter',
  'repr',
  'chr',
  'abs',
  'hasattr',
  'getattr',
  'globals',
  'vars',
  'range',
  'zip',
  'enumerate',
  'time',
  'codecs',
  'sys',
  'os',
  're',
  'struct',
  'zlib',
  'xml',
  'unittest',
  'io',
  'glob',
]);

function codePoints(s: string): string[] {
  return [...s];
}

function len(args: readonly PyValue[]): PyValue {
  const [x] = args;
  if (typeof x === 'string') return codePoints(x).length;
  if (Array.isArray(x)) return x.length;
  if (x instanceof PyDict) return x.raw.size;
  throw new PyError('TypeError', `object of type '${pyTypeName(x ?? null)}' has no len()`);
}

function ord(args: readonly PyValue[]): PyValue {
  const [x] = args;
  if (typeof x !== 'string')
    throw new PyError('TypeError', `ord() expected string, got ${pyTypeName(x ?? null)}`);
  const chars = codePoints(x);
  if (chars.length !== 1)
    throw new PyError('TypeError', `ord() expected a character, got a string of length ${chars.length}`);
  return chars[0]?.codePointAt(0) ?? 0;
}

function isInstanceOf(x: PyValue, cls: PyValue): boolean {
  if (Array.isArray(cls)) return cls.some((c: PyValue) => isInstanceOf(x, c));
  if (!(cls instanceof PyClass)) throw new UnsupportedError('isinstance() with a non-exception class');
  return x instanceof PyException && (x.cls.name === cls.name || x.cls.bases.includes(cls.name));
}

function timedelta(args: readonly PyValue[]): PyValue {
  const [days = 0, seconds = 0, micros = 0] = args;
  if (typeof days !== 'number' || typeof seconds !== 'number' || typeof micros !== 'number') {
    throw new UnsupportedError('timedelta() with non-numeric arguments');
  }
  return new PyTimedelta(Math.round(days * 86_400e6 + seconds * 1e6 + micros));
}

/** Returns the value of a module attribute (`feedparser.X`, `datetime.timedelta`). */
export function moduleAttribute(module: string, name: string): PyValue {
  if (module === 'feedparser') {
    const cls = FEEDPARSER_CLASSES[name];
    if (cls) return cls;
  }
  if (module === 'datetime' && name === 'timedelta') return new PyCallable('timedelta', timedelta);
  throw new UnsupportedError(`${module}.${name}`);
}

export const MODULES = new Set(['feedparser', 'datetime']);

/** Returns the built-in called name, given the result dict for locals(). */
export function builtin(name: string, result: PyDict): PyValue {
  if (name === 'len') return new PyCallable('len', len);
  if (name === 'ord') return new PyCallable('ord', ord);
  if (name === 'isinstance')
    return new PyCallable('isinstance', ([x, cls]) => isInstanceOf(x ?? null, cls ?? null));
  if (name === 'locals') return new PyCallable('locals', () => result);
  if (KNOWN_UNMODELLED.has(name)) throw new UnsupportedError(`the name '${name}'`);
  throw new PyError('NameError', `name '${name}' is not defined`);
}
