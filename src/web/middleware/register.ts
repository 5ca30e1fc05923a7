/**
 * The security middleware as a route module (first in ROUTE_MODULES): body size limit, session,
 * CSRF, the back-office guard and the section guard (menu and access from one rule).
 */
import { bodyLimit } from 'hono/body-limit';
import type { Hono, MiddlewareHandler } from 'hono';
import { megabytesText } from '../../domain/byte-size.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { csrfMiddleware } from './csrf.ts';
import { sessionMiddleware } from './session.ts';
import { sectionGuard } from './section-guard.ts';
import { staffGuard } from './staff-guard.ts';

/** Multipart framing around the largest allowed upload. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** Registers the middleware on every path. */
export function registerSecurityMiddleware(app: Hono<AppEnv>, deps: AppDeps): void {
  const limit: MiddlewareHandler<AppEnv> = bodyLimit({
    maxSize: deps.env.maxUploadBytes + FORM_OVERHEAD_BYTES,
    onError: () => {
      throw new HttpError(
        413,
        `提交的内容过大（上限约 ${megabytesText(deps.env.maxUploadBytes)}），请缩小文件后重试。`,
      );
    },
  });
  // Only requests that carry a body need the limit; on GET/HEAD it would only cost time.
  const limitWrites: MiddlewareHandler<AppEnv> = (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next);
  app.use('*', limitWrites);
  app.use('*', sessionMiddleware());
  app.use('*', csrfMiddleware());
  app.use('/staff', staffGuard());
  app.use('/staff/*', staffGuard());
  app.use('/staff/*', sectionGuard());
}
