// Separates the parts of a query the full-text index answers from the filters it cannot
// (entity:, theme:). Filters may stand beside the words, or be excluded with NOT; inside an
// OR they would need a different kind of search, so they are refused there with a reason.
import { AppError } from '../model/index.ts';
import type { QueryNode } from './query-ast.ts';

export interface QueryFilter {
  readonly field: 'entity' | 'theme';
  readonly value: string;
  readonly isNegated: boolean;
}

export interface SplitQuery {
  /** The words, phrases and fields the full-text index answers, or null when there are none. */
  readonly text: QueryNode | null;
  readonly filters: readonly QueryFilter[];
}

const isFilterLeaf = (n: QueryNode): n is QueryNode & { kind: 'term' | 'phrase' } =>
  (n.kind === 'term' || n.kind === 'phrase') && (n.field === 'entity' || n.field === 'theme');

function hasFilter(n: QueryNode): boolean {
  if (isFilterLeaf(n)) return true;
  if (n.kind === 'and' || n.kind === 'or') return n.children.some(hasFilter);
  return n.kind === 'not' ? hasFilter(n.child) : false;
}

function asFilter(n: QueryNode): QueryFilter | null {
  if (isFilterLeaf(n)) return { field: n.field as QueryFilter['field'], value: n.text, isNegated: false };
  if (n.kind === 'not' && isFilterLeaf(n.child))
    return { ...(asFilter(n.child) as QueryFilter), isNegated: true };
  return null;
}

/** Returns the text part of a query and its entity/theme filters. */
export function splitQuery(node: QueryNode): SplitQuery {
  const parts = node.kind === 'and' ? node.children : [node];
  const filters: QueryFilter[] = [];
  const text: QueryNode[] = [];
  for (const part of parts) {
    const filter = asFilter(part);
    if (filter) filters.push(filter);
    else if (hasFilter(part)) {
      throw new AppError(
        'query.unsupported',
        'search: entity: and theme: can be combined with words by AND or NOT, not inside OR or parentheses',
      );
    } else text.push(part);
  }
  const textNode =
    text.length === 0
      ? null
      : text.length === 1
        ? (text[0] as QueryNode)
        : { kind: 'and' as const, children: text };
  if (textNode === null && filters.every((f) => f.isNegated)) {
    throw new AppError(
      'query.syntax',
      'search: NOT needs something to exclude from: add a word or an entity: to look for',
    );
  }
  return { text: textNode, filters };
}
