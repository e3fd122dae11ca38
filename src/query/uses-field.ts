// Whether a query names a field anywhere in its tree (under NOT and OR too).
import type { QueryField, QueryNode } from './query-ast.ts';

/** Returns true when some word or phrase of the query is searched in this field. */
export function usesField(node: QueryNode, field: QueryField): boolean {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return node.field === field;
    case 'and':
    case 'or':
      return node.children.some((c) => usesField(c, field));
    case 'not':
      return usesField(node.child, field);
  }
}
