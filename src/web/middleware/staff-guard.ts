/**
 * The door of the back office (/staff and below): nobody gets in without a session; a person who
 * must change their password goes to /staff/password first, whatever they asked for. Staff pages
 * are never cached (they show personal data).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Actor } from '../../domain/access/roles.ts';
import type { AppEnv } from '../context.ts';
import { HttpError } from '../http-error.ts';

const OPEN_PATHS = new Set(['/staff/login']);
const PASSWORD_PATHS = new Set(['/staff/password', '/staff/logout']);

/** Where to return after signing in: only a back-office path, never another site. */
export function safeNextPath(value: string | undefined): string | null {
  return value &&
    /^\/staff(\/[A-Za-z0-9._~/-]*)?$/.test(value) &&
    !/\/\/|\/\.\.?(\/|$)/.test(value) &&
    value !== '/staff/login'
    ? value
    : null;
}

/** The guard for /staff and /staff/*. */
export function staffGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path.replace(/\/+$/, '') || '/';
    c.header('Cache-Control', 'no-store');
    if (OPEN_PATHS.has(path)) {
      return next();
    }
    const actor = c.get('actor');
    if (!actor) {
      const nextPath = c.req.method === 'GET' ? safeNextPath(path) : null;
      return c.redirect(
        nextPath && nextPath !== '/staff'
          ? `/staff/login?next=${encodeURIComponent(nextPath)}`
          : '/staff/login',
        303,
      );
    }
    if (actor.mustChangePassword && !PASSWORD_PATHS.has(path)) {
      return c.redirect('/staff/password', 303);
    }
    await next();
  };
}

/**
 * The signed-in person (behind the guard there always is one).
 * @throws HttpError 401 when called outside the guard without a session
 */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) {
    throw new HttpError(401, '请先登录。');
  }
  return actor;
}
