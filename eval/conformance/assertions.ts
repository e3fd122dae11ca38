// The manifest's JSON assertions ({bozo: bool}, {path: [...], equals: literal}) checked against a
// feedparser-shaped result. A missing key or index fails the assertion, as KeyError would.
import type { Assertion } from './manifest.ts';
import type { Outcome } from './py-expr.ts';
import { pyRepr, shortRepr } from './py-repr.ts';
import { isTruthy, PyDict, pyEquals, type PyValue } from './py-value.ts';

/** Returns the Python value a JSON value stands for (objects as plain dicts). */
export function jsonToPy(v: unknown): PyValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(jsonToPy);
  if (typeof v === 'object')
    return new PyDict(
      Object.entries(v as object).map(([k, x]) => [k, jsonToPy(x)]),
      false,
    );
  throw new Error(`not a JSON value: ${String(v)}`);
}

function pathText(steps: readonly (string | number)[]): string {
  const [head, ...rest] = steps;
  return `${String(head)}${rest.map((s) => `[${pyRepr(s)}]`).join('')}`;
}

type Walk = { readonly value: PyValue } | { readonly missing: string };

function walk(result: PyDict, steps: readonly (string | number)[]): Walk {
  let value: PyValue = result;
  for (const [i, step] of steps.entries()) {
    let next: PyValue | undefined;
    if (typeof step === 'string' && value instanceof PyDict) next = value.lookup(step);
    else if (typeof step === 'number' && Array.isArray(value))
      next = value[step < 0 ? value.length + step : step];
    if (next === undefined) return { missing: `${pathText(steps.slice(0, i + 1))} is missing` };
    value = next;
  }
  return { value };
}

function checkOne(result: PyDict, a: Assertion): string | null {
  if ('bozo' in a) {
    const bozo = isTruthy(result.lookup('bozo') ?? false);
    return bozo === a.bozo ? null : `${a.bozo ? '' : 'not '}bozo  [bozo → ${pyRepr(bozo)}]`;
  }
  const expected = jsonToPy(a.equals);
  const found = walk(result, a.path);
  const clause = `${pathText(a.path)} == ${shortRepr(expected)}`;
  if ('missing' in found) return `${clause}  [${found.missing}]`;
  return pyEquals(found.value, expected) ? null : `${clause}  [got ${shortRepr(found.value)}]`;
}

/** Returns pass, or fail with the first assertion that does not hold. */
export function checkAssertions(result: PyDict, assertions: readonly Assertion[]): Outcome {
  for (const a of assertions) {
    const reason = checkOne(result, a);
    if (reason !== null) return { status: 'fail', reason };
  }
  return { status: 'pass' };
}
