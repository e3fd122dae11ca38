// What every page module gets: the server's kit and the page renderer, and the shape of a
// page module (the registry in pages/index.ts lists them).
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv, ServerKit } from '../api/index.ts';
import type { Role } from '../store/index.ts';
import { renderPage, type PageOptions } from './layout.ts';

export type UiApp = Hono<AppEnv>;

export interface Ui {
  readonly kit: ServerKit;
  /** Returns the response for a whole page. */
  readonly page: (c: Context<AppEnv>, options: PageOptions) => Response;
  /** Returns the guard that sends visitors to sign in and refuses roles below role. */
  readonly guard: (role: Role) => MiddlewareHandler<AppEnv>;
}

export interface UiPage {
  readonly id: string;
  /** Adds the page's routes: its GET and the POSTs of its forms. */
  readonly mount: (app: UiApp, ui: Ui) => void;
}

/** Returns a local path safe to redirect to (a path on this site), else '/'. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** Returns the Ui for kit. */
export function createUi(kit: ServerKit): Ui {
  return {
    kit,
    page: (c, options) => renderPage(kit, c, options),
    guard: (role) => async (c, next) => {
      if (!c.get('principal')) {
        const url = new URL(c.req.url);
        return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
      }
      return kit.requireRole(role)(c, next);
    },
  };
}
