// Writes a query tree as an SQLite FTS5 MATCH expression. Every word is quoted, so no user
// input can be read as FTS5 syntax; NOT becomes FTS5's binary NOT, which needs something to
// subtract from.
import { AppError } from '../model/index.ts';
import type { QueryField, QueryNode } from './query-ast.ts';

const COLUMNS: Readonly<Record<string, string>> = { title: 'title', source: 'source_name' };

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function withField(field: QueryField, expr: string): string {
  const column = COLUMNS[field];
  return column ? `${column} : ${expr}` : expr;
}

function leaf(node: QueryNode & { kind: 'term' | 'phrase' }): string {
  if (node.field === 'entity' || node.field === 'theme') {
    throw new AppError('query.unsupported', `search: ${node.field}: filters are not available yet`, {
      field: node.field,
    });
  }
  const expr = node.kind === 'term' && node.isPrefix ? `${quote(node.text)}*` : quote(node.text);
  return withField(node.field, expr);
}

function andOf(children: readonly QueryNode[]): string {
  const positive = children.filter((c) => c.kind !== 'not').map(toFts5);
  const negative = children
    .filter((c): c is QueryNode & { kind: 'not' } => c.kind === 'not')
    .map((c) => toFts5(c.child));
  if (positive.length === 0) {
    throw new AppError(
      'query.syntax',
      'search: NOT needs something to exclude from: add a word to look for',
      {},
    );
  }
  if (negative.length === 0)
    return positive.length === 1 ? (positive[0] as string) : `(${positive.join(' AND ')})`;
  const base = positive.length === 1 ? (positive[0] as string) : `(${positive.join(' AND ')})`;
  return `(${[base, ...negative].join(' NOT ')})`;
}

/** Returns the FTS5 MATCH expression for a query tree. */
export function toFts5(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return leaf(node);
    case 'and':
      return andOf(node.children);
    case 'or':
      return `(${node.children.map(toFts5).join(' OR ')})`;
    case 'not':
      return andOf([node]);
  }
}
