// Validation failures from the zod schemas: 400 with the path of every problem.
import type { Context } from 'hono';
import { errorBody } from './errors.ts';

interface Issue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

interface HookResult {
  readonly success: boolean;
  readonly target?: string;
  readonly error?: { readonly issues: readonly Issue[] };
}

/** Returns "target.path: message; ..." for zod issues. */
export function describeIssues(target: string, issues: readonly Issue[]): string {
  return issues.map((i) => `${[target, ...i.path.map(String)].join('.')}: ${i.message}`).join('; ');
}

/** The routes' default hook: a 400 naming where each problem is, or nothing when valid. */
export function validationHook(result: HookResult, c: Context): Response | undefined {
  if (result.success || !result.error) return undefined;
  const target = result.target === 'param' ? 'path' : (result.target ?? 'request');
  return c.json(errorBody('input.invalid', describeIssues(target, result.error.issues)), 400);
}
