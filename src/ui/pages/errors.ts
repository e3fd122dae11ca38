// Error pages: what went wrong in words, with the way back; never a stack trace.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { html } from '../html.ts';
import type { PageOptions } from '../layout.ts';
import type { Ui } from '../ui.ts';

const TITLES: Readonly<Record<number, string>> = {
  400: 'That request was not understood',
  401: 'Please sign in',
  403: 'Not allowed',
  404: 'Not found',
  413: 'Too large',
  429: 'Too many requests',
};

/** Returns the error page for status and message. */
export function renderError(ui: Ui, c: Context<AppEnv>, status: number, message: string): Response {
  const title = TITLES[status] ?? 'Something went wrong';
  const body = html`<p class="error" role="alert">${message}</p>
    <p><a href="/">Back to the overview</a></p>`;
  return ui.page(c, { title, status: status as NonNullable<PageOptions['status']>, body });
}
