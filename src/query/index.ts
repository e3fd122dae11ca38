// query/: the search language shared by the CLI and the API. Pure.
export type { QueryNode, QueryField } from './query-ast.ts';
export { parseQuery } from './parse-query.ts';
export { toFts5 } from './to-fts5.ts';
export { usesField } from './uses-field.ts';
export { splitQuery, type QueryFilter, type SplitQuery } from './split-query.ts';
