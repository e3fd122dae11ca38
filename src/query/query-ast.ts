// The search query language, as a tree: words, "phrases", prefix*, field:term, AND/OR/NOT.

export type QueryField = 'any' | 'title' | 'source' | 'entity' | 'theme';

export type QueryNode =
  | { readonly kind: 'term'; readonly field: QueryField; readonly text: string; readonly isPrefix: boolean }
  | { readonly kind: 'phrase'; readonly field: QueryField; readonly text: string }
  | { readonly kind: 'and'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly child: QueryNode };
