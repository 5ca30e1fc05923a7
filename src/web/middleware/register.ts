/**
 * The security middleware as a route module (first in ROUTE_MODULES): body size limit, session,
 * CSRF, and the back-office guard.
 */
import { bodyLimit } from 'hono/body-limit';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { csrfMiddleware } from './csrf.ts';
import { sessionMiddleware } from './session.ts';
import { staffGuard } from './staff-guard.ts';

/** Multipart framing around the largest allowed upload. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** Registers the middleware on every path. */
export function registerSecurityMiddleware(app: Hono<AppEnv>, deps: AppDeps): void {
  const limitMb = Math.round(deps.env.maxUploadBytes / 1024 / 1024);
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.env.maxUploadBytes + FORM_OVERHEAD_BYTES,
      onError: () => {
        throw new HttpError(413, `提交的内容过大（上限约 ${limitMb} MB），请缩小文件后重试。`);
      },
    }),
  );
  app.use('*', sessionMiddleware());
  app.use('*', csrfMiddleware());
  app.use('/staff', staffGuard());
  app.use('/staff/*', staffGuard());
}
