// Analysts' forms: run the decision and redirect to the page it names; an expected failure
// (bad input, something gone) re-renders the page with the message instead.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { isAppError } from '../../model/index.ts';

export type Rerender = (problem: string, status: 400 | 404) => Promise<Response>;

/** Returns the redirect to where action says, or the page re-rendered with its failure. */
export async function decide(
  c: Context<AppEnv>,
  action: () => Promise<string>,
  rerender: Rerender,
): Promise<Response> {
  try {
    return c.redirect(await action(), 303);
  } catch (err) {
    if (!isAppError(err, 'input.')) throw err;
    return rerender(err.message, isAppError(err, 'input.not_found') ? 404 : 400);
  }
}

/** Returns a form field's text, trimmed ('' when absent or a file). */
export const fieldText = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
