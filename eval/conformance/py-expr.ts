// The face of the Python-expression evaluator: runs one feedparser `Expect:` expression
// against a feedparser-shaped result and says pass, fail (with the clause that failed and the
// values it saw) or unsupported.
import { Evaluator } from './py-eval.ts';
import { parseExpression, type Node } from './py-parse.ts';
import { shortRepr } from './py-repr.ts';
import { isTruthy, PyError, UnsupportedError, type PyDict } from './py-value.ts';

export type Outcome =
  | { readonly status: 'pass' }
  | { readonly status: 'fail'; readonly reason: string }
  | { readonly status: 'unsupported'; readonly reason: string };

function unparseArgs(items: readonly Node[]): string {
  return items.map(unparse).join(', ');
}

/** Returns Python source for node (normalised spacing). */
export function unparse(node: Node): string {
  switch (node.t) {
    case 'const':
      return typeof node.value === 'string' ? shortRepr(node.value, 80) : shortRepr(node.value);
    case 'name':
      return node.name;
    case 'bool':
      return node.items.map(unparse).join(` ${node.op} `);
    case 'not':
      return `not ${unparse(node.operand)}`;
    case 'compare':
      return [unparse(node.first), ...node.ops.map((op, i) => `${op} ${unparse(node.rest[i] as Node)}`)].join(
        ' ',
      );
    case 'binop':
      return `${unparse(node.left)} ${node.op} ${unparse(node.right)}`;
    case 'neg':
      return `-${unparse(node.operand)}`;
    case 'subscript':
      return `${unparse(node.obj)}[${unparse(node.index)}]`;
    case 'attr':
      return `${unparse(node.obj)}.${node.name}`;
    case 'call':
      return `${unparse(node.fn)}(${unparseArgs(node.args)})`;
    case 'tuple':
      return `(${unparseArgs(node.items)})`;
    case 'list':
      return `[${unparseArgs(node.items)}]`;
    case 'dict':
      return `{${node.keys.map((k, i) => `${unparse(k)}: ${unparse(node.values[i] as Node)}`).join(', ')}}`;
  }
}

function describeValue(ev: Evaluator, node: Node): string {
  if (node.t === 'const') return '';
  try {
    return `${unparse(node)} → ${shortRepr(ev.evaluate(node))}`;
  } catch (err) {
    return `${unparse(node)} → ${err instanceof PyError ? err.message : String(err)}`;
  }
}

/** Returns the first conjunct of an `and` chain that is falsy or raises (node itself otherwise). */
function failingClause(ev: Evaluator, node: Node): Node {
  if (node.t !== 'bool' || node.op !== 'and') return node;
  for (const item of node.items) {
    try {
      if (!isTruthy(ev.evaluate(item))) return failingClause(ev, item);
    } catch {
      return failingClause(ev, item);
    }
  }
  return node;
}

/** Returns why a falsy node is falsy: the failing conjunct and the values it compared. */
function explain(ev: Evaluator, tree: Node): string {
  const node = failingClause(ev, tree);
  if (node.t === 'compare') {
    const operands = [node.first, ...node.rest].map((n) => describeValue(ev, n)).filter((s) => s !== '');
    return `${unparse(node)}  [${operands.join('; ')}]`;
  }
  if (node.t === 'not') return `${unparse(node)}  [${describeValue(ev, node.operand)}]`;
  return `${unparse(node)}  [${describeValue(ev, node) || 'falsy'}]`;
}

/** Returns the outcome of the Python expression src evaluated with result as its namespace. */
export function checkExpression(src: string, result: PyDict): Outcome {
  let tree: Node;
  try {
    tree = parseExpression(src);
  } catch (err) {
    return { status: 'unsupported', reason: `cannot parse: ${(err as Error).message}` };
  }
  const ev = new Evaluator(result);
  try {
    if (isTruthy(ev.evaluate(tree))) return { status: 'pass' };
    return { status: 'fail', reason: explain(ev, tree) };
  } catch (err) {
    if (err instanceof UnsupportedError) return { status: 'unsupported', reason: err.message };
    if (err instanceof PyError)
      return { status: 'fail', reason: `${err.message} in ${unparse(failingClause(ev, tree))}` };
    throw err;
  }
}
