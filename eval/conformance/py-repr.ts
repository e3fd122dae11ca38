// Python's repr() of a value, so that failure reports read like the expressions they test.
import { PyCallable, PyClass, PyDict, PyException, PyTimedelta, type PyValue } from './py-value.ts';

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function reprChar(c: string, quote: string): string {
  if (c === quote) return `\\${quote}`;
  const escaped = ESCAPES[c];
  if (escaped) return escaped;
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return `\\x${code.toString(16).padStart(2, '0')}`;
  return c;
}

/** Returns s quoted the way Python's repr() quotes a str. */
export function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const c of s) out += reprChar(c, quote);
  return `${quote}${out}${quote}`;
}

/** Returns Python's repr() of v. */
export function pyRepr(v: PyValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return reprString(v);
  if (Array.isArray(v)) return `[${v.map((x: PyValue) => pyRepr(x)).join(', ')}]`;
  if (v instanceof PyDict)
    return `{${[...v.raw].map(([k, x]) => `${reprString(k)}: ${pyRepr(x)}`).join(', ')}}`;
  if (v instanceof PyException) return `${v.cls.name}(${reprString(v.message)})`;
  if (v instanceof PyClass) return `<class '${v.name}'>`;
  if (v instanceof PyTimedelta) return `timedelta(microseconds=${v.micros})`;
  if (v instanceof PyCallable) return `<built-in ${v.name}>`;
  return String(v);
}

/** Returns repr(v) cut to max characters. */
export function shortRepr(v: PyValue, max = 300): string {
  const r = pyRepr(v);
  return r.length > max ? `${r.slice(0, max)}…(${r.length} chars)` : r;
}
