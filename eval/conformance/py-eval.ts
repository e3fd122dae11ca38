// Evaluates a parsed `Expect:` expression against a feedparser-shaped result, with Python's
// semantics where the tests rely on them: short-circuit and/or, chained comparisons,
// FeedParserDict aliases, KeyError/IndexError/AttributeError as failures.
import { builtin, moduleAttribute, MODULES } from './py-builtins.ts';
import type { Node } from './py-parse.ts';
import {
  PyCallable,
  PyDict,
  PyError,
  isTruthy,
  pyEquals,
  pyTypeName,
  UnsupportedError,
  type PyValue,
} from './py-value.ts';
import { reprString } from './py-repr.ts';

function compareOrder(op: string, a: PyValue, b: PyValue): boolean {
  const comparable =
    (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string');
  if (!comparable) throw new UnsupportedError(`'${op}' between ${pyTypeName(a)} and ${pyTypeName(b)}`);
  const x = a as number | string;
  const y = b as number | string;
  if (op === '<') return x < y;
  if (op === '>') return x > y;
  if (op === '<=') return x <= y;
  return x >= y;
}

function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string')
      throw new PyError('TypeError', "'in <string>' requires string as left operand");
    return container.includes(item);
  }
  if (Array.isArray(container)) return container.some((x: PyValue) => pyEquals(x, item));
  if (container instanceof PyDict) return typeof item === 'string' && container.contains(item);
  throw new PyError('TypeError', `argument of type '${pyTypeName(container)}' is not iterable`);
}

/** Returns the outcome of one comparison operator. */
export function compare(op: string, a: PyValue, b: PyValue): boolean {
  if (op === '==') return pyEquals(a, b);
  if (op === '!=') return !pyEquals(a, b);
  if (op === 'is') return a === b;
  if (op === 'is not') return a !== b;
  if (op === 'in') return contains(b, a);
  if (op === 'not in') return !contains(b, a);
  return compareOrder(op, a, b);
}

function binop(op: string, a: PyValue, b: PyValue): PyValue {
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (op === '+' && Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  const isNum = (v: PyValue): v is number | boolean => typeof v === 'number' || typeof v === 'boolean';
  if (!isNum(a) || !isNum(b))
    throw new UnsupportedError(`'${op}' between ${pyTypeName(a)} and ${pyTypeName(b)}`);
  const x = Number(a);
  const y = Number(b);
  if (op === '+') return x + y;
  if (op === '-') return x - y;
  if (op === '*') return x * y;
  return ((x % y) + y) % y;
}

function subscript(obj: PyValue, index: PyValue): PyValue {
  if (Array.isArray(obj) || typeof obj === 'string') {
    if (typeof index !== 'number' || !Number.isInteger(index))
      throw new PyError('TypeError', 'indices must be integers');
    const items: readonly PyValue[] = typeof obj === 'string' ? [...obj] : obj;
    const value = items[index < 0 ? items.length + index : index];
    if (value === undefined)
      throw new PyError('IndexError', `${pyTypeName(obj)} index ${index} out of range`);
    return value;
  }
  if (obj instanceof PyDict) {
    const value = typeof index === 'string' ? obj.lookup(index) : undefined;
    if (value === undefined)
      throw new PyError('KeyError', typeof index === 'string' ? reprString(index) : String(index));
    return value;
  }
  throw new PyError('TypeError', `'${pyTypeName(obj)}' object is not subscriptable`);
}

function dictMethod(d: PyDict, name: string): PyCallable | null {
  if (name === 'get')
    return new PyCallable(
      'get',
      ([k, dflt = null]) => (typeof k === 'string' ? d.lookup(k) : undefined) ?? dflt,
    );
  if (name === 'has_key' && d.isFeedParserDict)
    return new PyCallable('has_key', ([k]) => typeof k === 'string' && d.contains(k));
  if (name === 'keys') return new PyCallable('keys', () => [...d.raw.keys()]);
  if (['items', 'values', 'update', 'pop', 'setdefault', 'copy'].includes(name))
    throw new UnsupportedError(`dict.${name}()`);
  return null;
}

function attribute(obj: PyValue, name: string): PyValue {
  if (obj instanceof PyDict) {
    const method = dictMethod(obj, name);
    if (method) return method;
    const value = obj.isFeedParserDict ? obj.lookup(name) : undefined;
    if (value === undefined) throw new PyError('AttributeError', `object has no attribute '${name}'`);
    return value;
  }
  throw new UnsupportedError(`attribute '${name}' of ${pyTypeName(obj)}`);
}

/** Evaluates expression trees against one parse result (the expression's `locals()`). */
export class Evaluator {
  constructor(private readonly result: PyDict) {}

  /** Returns the value of node. Throws PyError (a Python exception) or UnsupportedError. */
  evaluate(node: Node): PyValue {
    switch (node.t) {
      case 'const':
        return node.value;
      case 'name':
        return this.result.lookup(node.name) ?? builtin(node.name, this.result);
      case 'bool':
        return this.boolOp(node.op, node.items);
      case 'not':
        return !isTruthy(this.evaluate(node.operand));
      case 'compare':
        return this.compareChain(node.first, node.ops, node.rest);
      case 'binop':
        return binop(node.op, this.evaluate(node.left), this.evaluate(node.right));
      case 'neg':
        return binop('-', 0, this.evaluate(node.operand));
      case 'subscript':
        return subscript(this.evaluate(node.obj), this.evaluate(node.index));
      case 'attr':
        return this.attr(node.obj, node.name);
      case 'call':
        return this.call(node.fn, node.args);
      case 'tuple':
      case 'list':
        return node.items.map((n) => this.evaluate(n));
      case 'dict':
        return this.dict(node.keys, node.values);
    }
  }

  private boolOp(op: 'and' | 'or', items: readonly Node[]): PyValue {
    let value: PyValue = null;
    for (const item of items) {
      value = this.evaluate(item);
      if (isTruthy(value) === (op === 'or')) return value;
    }
    return value;
  }

  private compareChain(first: Node, ops: readonly string[], rest: readonly Node[]): boolean {
    let left = this.evaluate(first);
    for (const [i, op] of ops.entries()) {
      const right = this.evaluate(rest[i] as Node);
      if (!compare(op, left, right)) return false;
      left = right;
    }
    return true;
  }

  private attr(objNode: Node, name: string): PyValue {
    if (objNode.t === 'name' && MODULES.has(objNode.name) && !this.result.contains(objNode.name)) {
      return moduleAttribute(objNode.name, name);
    }
    return attribute(this.evaluate(objNode), name);
  }

  private call(fnNode: Node, argNodes: readonly Node[]): PyValue {
    const fn = this.evaluate(fnNode);
    if (!(fn instanceof PyCallable))
      throw new PyError('TypeError', `'${pyTypeName(fn)}' object is not callable`);
    return fn.call(argNodes.map((n) => this.evaluate(n)));
  }

  private dict(keys: readonly Node[], values: readonly Node[]): PyDict {
    const entries = keys.map((k, i): [string, PyValue] => {
      const key = this.evaluate(k);
      if (typeof key !== 'string') throw new UnsupportedError('dict displays with non-string keys');
      return [key, this.evaluate(values[i] as Node)];
    });
    return new PyDict(entries, false);
  }
}
