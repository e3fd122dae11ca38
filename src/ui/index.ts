// ui/: the web UI, server-rendered pages over the server's kit, one external script and one
// stylesheet. It imports nothing from api/ at run time (only types): api/ mounts it.
import type { Context } from 'hono';
import type { AppEnv, ServerKit } from '../api/index.ts';
import { mountAssets } from './assets.ts';
import { renderError } from './pages/errors.ts';
import { PAGES } from './pages/index.ts';
import { createUi, type UiApp } from './ui.ts';

export { html, raw, escapeHtml, join, SafeHtml, type Fragment } from './html.ts';
export { snippetHtml } from './parts/snippet.ts';
export { displayHtml } from './parts/display-html.ts';
export { diffWords, type DiffPart } from './parts/word-diff.ts';
export { NAV, type NavEntry } from './nav.ts';
export { PAGES } from './pages/index.ts';
export type { Ui, UiPage } from './ui.ts';

export interface MountedUi {
  /** Returns the error page (a redirect to sign in for unauthenticated visitors). */
  readonly renderError: (c: Context<AppEnv>, status: number, code: string, message: string) => Response;
}

/** Adds the assets and every page to app; returns what the app's error handler needs. */
export function mountUi(app: UiApp, kit: ServerKit): MountedUi {
  const ui = createUi(kit);
  mountAssets(app);
  for (const page of PAGES) page.mount(app, ui);
  return {
    renderError: (c, status, code, message) => {
      if (code === 'auth.unauthenticated' && c.req.method === 'GET') {
        return c.redirect(`/login?next=${encodeURIComponent(new URL(c.req.url).pathname)}`, 303);
      }
      return renderError(ui, c, status, message);
    },
  };
}
