/**
 * The web application: middleware (request id and access log, security headers, then the
 * session/CSRF middleware of the route modules), the health endpoint, static files, routes and
 * the error handler. `app.request()` tests it without a port.
 */
import crypto from 'node:crypto';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './context.ts';
import { handleError, renderError } from './error-page.tsx';
import { ROUTE_MODULES, type RouteModule } from './routes.ts';
import { registerStatic } from './static.ts';

/** Strict CSP: nothing but our own files; no inline scripts or styles, no framing. */
const SECURITY_HEADERS = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    objectSrc: ["'none'"],
  },
  referrerPolicy: 'same-origin',
  crossOriginEmbedderPolicy: false,
});

/**
 * Builds the app.
 * @param modules route modules (default: all of ROUTE_MODULES)
 */
export function createApp(deps: AppDeps, modules: readonly RouteModule[] = ROUTE_MODULES): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('deps', deps);
    c.set('requestId', crypto.randomBytes(8).toString('hex'));
    c.set('actor', null);
    c.set('csrfToken', '');
    await next();
    // Path only: query strings may carry search terms; bodies are never logged.
    deps.logger.info('request', { requestId: c.get('requestId'), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) });
  });
  app.use('*', SECURITY_HEADERS);
  app.get('/healthz', async (c) => {
    await deps.db.query('SELECT 1');
    return c.json({ status: 'ok', database: deps.db.kind });
  });
  registerStatic(app);
  for (const register of modules) {
    register(app, deps);
  }
  app.notFound((c) => renderError(c, 404, '您访问的页面不存在。'));
  app.onError(handleError);
  return app;
}
