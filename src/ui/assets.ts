// /assets/: the stylesheet and the script, named with a hash of their content so that they
// can be cached for a year and still change with each release.
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { AppEnv } from '../api/index.ts';
import { APP_CSS } from './assets/app-css.ts';
import { APP_JS } from './assets/app-js.ts';

interface Asset {
  readonly body: string;
  readonly type: string;
  readonly hash: string;
}

const hashOf = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 10);

const ASSETS: Readonly<Record<string, Asset>> = {
  'app.css': { body: APP_CSS, type: 'text/css; charset=utf-8', hash: hashOf(APP_CSS) },
  'app.js': { body: APP_JS, type: 'text/javascript; charset=utf-8', hash: hashOf(APP_JS) },
};

/** Returns the URL of an asset, with its content hash as version. */
export function assetPath(name: keyof typeof ASSETS & string): string {
  return `/assets/${name}?v=${ASSETS[name]?.hash ?? ''}`;
}

/** Adds the /assets/ routes to app (public: the login page needs them). */
export function mountAssets(app: Hono<AppEnv>): void {
  app.get('/assets/:name', (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (!asset) return c.notFound();
    const isVersioned = c.req.query('v') === asset.hash;
    return c.body(asset.body, 200, {
      'Content-Type': asset.type,
      'Cache-Control': isVersioned ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: `"${asset.hash}"`,
    });
  });
}
