// The page shell: skip link, header with navigation and search, main, footer. The one script
// and the one stylesheet are external files (the CSP allows no inline script or style).
import type { Context } from 'hono';
import type { AppEnv, ServerKit } from '../api/index.ts';
import { assetPath } from './assets.ts';
import { html, type Fragment, type SafeHtml } from './html.ts';
import { NAV } from './nav.ts';

export interface PageOptions {
  readonly title: string;
  /** The NAV id to mark as current. */
  readonly active?: string;
  readonly body: Fragment;
  readonly status?: 200 | 201 | 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 502;
  /** Extra elements for <head> (a meta refresh, for example). */
  readonly head?: SafeHtml;
  /** False for pages with their own search form. */
  readonly headerSearch?: boolean;
}

/** Returns the hidden form field carrying the request's CSRF token. */
export function csrfField(c: Context<AppEnv>): SafeHtml {
  const token = c.get('csrfToken');
  return token ? html`<input type="hidden" name="_csrf" value="${token}" />` : html``;
}

function navigation(kit: ServerKit, c: Context<AppEnv>, active: string | undefined): SafeHtml {
  const principal = c.get('principal');
  const entries = NAV.filter((n) => kit.hasRole(principal, n.minRole));
  return html`<nav aria-label="Main">
    <ul class="nav">
      ${entries.map(
        (n) =>
          html`<li>
            <a href="${n.path}" accesskey="${n.key}" ${n.id === active ? html` aria-current="page"` : ''}
              >${n.label}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

function account(c: Context<AppEnv>): SafeHtml {
  const p = c.get('principal');
  if (!p) return html`<a href="/login">Sign in</a>`;
  const who = p.via === 'local' ? 'local admin (this machine)' : `${p.name} (${p.role})`;
  const signOut =
    p.via === 'session'
      ? html`<form method="post" action="/logout" class="inline">
          ${csrfField(c)}<button type="submit" class="link">Sign out</button>
        </form>`
      : '';
  return html`<span class="who">${who}</span> ${signOut}`;
}

function searchBox(): SafeHtml {
  return html`<form role="search" action="/search" method="get" class="header-search">
    <label for="site-search" class="visually-hidden">Search the archive</label>
    <input
      id="site-search"
      name="q"
      type="search"
      placeholder="Search (press /)"
      data-search-box
      autocomplete="off"
    />
    <button type="submit">Search</button>
  </form>`;
}

/** Returns the whole HTML document for a page. */
export function renderPage(kit: ServerKit, c: Context<AppEnv>, page: PageOptions): Response {
  const token = c.get('csrfToken');
  const doc = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title} · newswatch</title>
        <link rel="stylesheet" href="${assetPath('app.css')}" />
        <script src="${assetPath('app.js')}" defer></script>
        ${token ? html`<meta name="csrf-token" content="${token}" />` : ''} ${page.head ?? ''}
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <a class="brand" href="/">newswatch</a>
          ${c.get('principal') ? navigation(kit, c, page.active) : ''}
          ${c.get('principal') && page.headerSearch !== false ? searchBox() : ''}
          <div class="account">${account(c)}</div>
        </header>
        <main id="main" tabindex="-1">
          <h1>${page.title}</h1>
          ${page.body}
        </main>
        <footer class="site-footer">
          <p>
            Keys: <kbd>/</kbd> search · <kbd>j</kbd>/<kbd>k</kbd> next/previous result ·
            <a href="/api/openapi.json">API (OpenAPI 3.1)</a>
          </p>
        </footer>
      </body>
    </html>`;
  return c.html(doc.value, page.status ?? 200);
}
