// Request size limits: uploads (feed files, OPML, watchlists) get the large limit, everything
// else the small one. Bodies over the limit are refused with 413 before they are read whole.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../model/index.ts';
import type { Limits } from './kit.ts';

const UPLOAD_PATHS = [
  '/api/imports',
  '/api/feeds/opml',
  '/import',
  '/feeds/opml',
  '/api/watchlists',
  '/screening/watchlists',
];

/** Returns the middleware that caps request bodies. */
export function requestLimits(limits: Limits): MiddlewareHandler {
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError('input.too_large', `api: the request body is larger than ${maxSize} bytes`);
      },
    });
  const small = limit(limits.bodyBytes);
  const large = limit(limits.uploadBytes);
  return (c, next) => {
    // @hono/node-server never hands a GET or HEAD body to the app, and bodyLimit would build the
    // full Request object of every page and search only to find that out.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return UPLOAD_PATHS.includes(c.req.path) ? large(c, next) : small(c, next);
  };
}
