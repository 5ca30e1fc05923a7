/**
 * Loads the signed-in person from the `gk_session` cookie (httpOnly, SameSite=Lax, Secure over
 * HTTPS) into `c.get('actor')`, and their session's CSRF token into `c.get('csrfToken')`.
 * Sessions live in the database, so any app process can serve any request.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { resolveSession } from '../../app/identity/sessions.ts';
import type { AppEnv } from '../context.ts';

/** The session cookie's name. */
export const SESSION_COOKIE = 'gk_session';

/** Requests that never need a session (no database round trip). */
export const isSessionless = (path: string) =>
  path.startsWith('/static/') || path.startsWith('/api/') || path === '/healthz';

/** The session middleware. */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie && !isSessionless(c.req.path)) {
      const { db, clock } = c.get('deps');
      const session = await resolveSession(db, cookie, clock.now());
      if (session) {
        c.set('actor', session.actor);
        c.set('csrfToken', session.csrfToken);
      } else {
        clearSessionCookie(c);
      }
    }
    await next();
  };
}

/** Sets the session cookie (a browser-session cookie: it ends when the browser closes). */
export function setSessionCookie(c: Context<AppEnv>, value: string): void {
  setCookie(c, SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: c.get('deps').env.secureCookies,
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.get('deps').env.secureCookies });
}
