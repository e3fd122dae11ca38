// Every /api route, and the OpenAPI 3.1 document generated from their schemas.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import type { ServerKit } from '../kit.ts';
import { registerAccountRoutes } from './accounts.ts';
import { registerExportRoutes } from './export.ts';
import { registerFeedRoutes } from './feeds.ts';
import { registerImportRoutes } from './imports.ts';
import { registerItemRoutes } from './items.ts';
import { registerMetaRoutes } from './meta.ts';
import { registerOpmlRoutes } from './opml.ts';
import { registerSearchRoutes } from './search.ts';
import { registerSessionRoutes } from './session.ts';
import { registerWatchlistRoutes } from './watchlists.ts';
import { registerScreeningRoutes } from './screening.ts';
import { registerAlertRoutes } from './alerts.ts';
import { registerStoryRoutes } from './stories.ts';
import { registerEntityRoutes } from './entities.ts';
import { registerTopicRoutes } from './topics.ts';
import { registerReanalyzeRoutes } from './reanalyze.ts';

export const OPENAPI_PATH = '/api/openapi.json';

/** Adds every API route and the OpenAPI document to app. */
export function registerApiRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  registerMetaRoutes(app, kit);
  registerSessionRoutes(app, kit);
  registerOpmlRoutes(app, kit);
  registerFeedRoutes(app, kit);
  registerItemRoutes(app, kit);
  registerSearchRoutes(app, kit);
  registerExportRoutes(app, kit);
  registerImportRoutes(app, kit);
  registerAccountRoutes(app, kit);
  registerWatchlistRoutes(app, kit);
  registerScreeningRoutes(app, kit);
  registerAlertRoutes(app, kit);
  registerStoryRoutes(app, kit);
  registerEntityRoutes(app, kit);
  registerTopicRoutes(app, kit);
  registerReanalyzeRoutes(app, kit);
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'an API key: nw_<prefix>_<secret> (`newswatch keys create`)',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'nw_session',
    description: 'the web UI session; writes also need the X-CSRF-Token header',
  });
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'newswatch',
      version: '0.1.0',
      description:
        'Feeds, items, search, export and imports. On a server bound to 127.0.0.1, requests from this machine need no credentials.',
    },
  });
}
