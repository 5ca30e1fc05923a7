/**
 * CSRF protection for every POST/PUT/PATCH/DELETE (forms and multipart uploads alike):
 * 1. `Sec-Fetch-Site` (when sent) must be same-origin or none, and `Origin` (when sent) must be
 *    this host;
 * 2. the `_csrf` form field (or `X-CSRF-Token` header) must match — the session's token for
 *    signed-in people, else the HMAC of the `gk_csrf` cookie (double submit; see
 *    src/app/identity/csrf-tokens.ts).
 * Fails with a 403 page. The token for forms is `c.get('csrfToken')` (render `<CsrfField />`).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../../db/db.ts';
import {
  csrfTokenFor,
  loadCsrfSecret,
  newCsrfCookieValue,
  tokensEqual,
} from '../../app/identity/csrf-tokens.ts';
import type { AppEnv } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { readUpload } from './form.ts';
import { isSessionless } from './session.ts';

/** The double-submit cookie (anonymous forms). */
export const CSRF_COOKIE = 'gk_csrf';
/** The hidden form field carrying the token. */
export const CSRF_FIELD = '_csrf';
/** The 403 message. */
export const CSRF_MESSAGE = '页面已过期或来源不明，请刷新页面后重试。';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Public pages that never carry a form (the portal's reading pages): an anonymous GET there gets
 * no CSRF cookie — issuing one costs ≈ 30 % of a cached page's time, and the next page with a
 * form issues it. Writes to these paths are still checked (and refused: no token can match).
 */
// (the online application form under /o/:slug/gk/apply/form is a form page: it is excluded)
const FORMLESS_PUBLIC_PAGES = /^\/(?:$|o\/(?![^/]+\/gk\/apply\/form$)|prefs\/|calculator$)/;

// The secret never changes once created; one read per database handle, not per request.
const secrets = new WeakMap<Db, Promise<string>>();
function secretFor(db: Db): Promise<string> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = loadCsrfSecret(db);
    secrets.set(db, secret);
    secret.catch(() => secrets.delete(db));
  }
  return secret;
}

/** True when the browser says the request comes from another site. */
export function isCrossSite(headers: { get(name: string): string | null }): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') {
    return true;
  }
  const origin = headers.get('origin');
  const host = headers.get('host');
  if (origin === null || host === null) {
    return false;
  }
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" and other opaque origins
  }
}

/**
 * The submitted token. A posted form is read here, before any route, even when the token comes in
 * the header: a body that is not a readable form is a 400 for every route alike (form.ts).
 */
async function submittedToken(c: Context<AppEnv>): Promise<string> {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  const isForm = type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data';
  const body = isForm ? await readUpload(c) : {};
  const header = c.req.header('x-csrf-token');
  if (header) {
    return header;
  }
  const value = body[CSRF_FIELD];
  return typeof value === 'string' ? value : '';
}

/** The CSRF middleware (after the session middleware). */
export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (isSessionless(c.req.path)) {
      return next();
    }
    let expected = c.get('actor') ? c.get('csrfToken') : '';
    const isFormlessRead = SAFE_METHODS.has(c.req.method) && FORMLESS_PUBLIC_PAGES.test(c.req.path);
    if (!c.get('actor') && !isFormlessRead) {
      const secret = await secretFor(c.get('deps').db);
      const cookie = getCookie(c, CSRF_COOKIE);
      const hasCookie = cookie !== undefined && /^[A-Za-z0-9_-]{32}$/.test(cookie);
      const value = hasCookie ? cookie : newCsrfCookieValue();
      if (!hasCookie) {
        setCookie(c, CSRF_COOKIE, value, {
          httpOnly: true,
          sameSite: 'Strict',
          path: '/',
          secure: c.get('deps').env.secureCookies,
        });
      }
      c.set('csrfToken', csrfTokenFor(secret, value));
      expected = hasCookie ? c.get('csrfToken') : '';
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      if (isCrossSite(c.req.raw.headers) || !tokensEqual(await submittedToken(c), expected)) {
        c.get('deps').logger.warn('csrf refused', { requestId: c.get('requestId'), path: c.req.path });
        throw new HttpError(403, CSRF_MESSAGE);
      }
    }
    await next();
    if (c.res.headers.getSetCookie().some((line) => line.startsWith(`${CSRF_COOKIE}=`))) {
      keepOutOfSharedCaches(c.res.headers);
    }
  };
}

/** A response that hands out a per-visitor cookie must not be stored by a shared cache (proxy, CDN). */
function keepOutOfSharedCaches(headers: Headers): void {
  const cacheControl = headers.get('cache-control') ?? '';
  if (!/\b(private|no-store)\b/.test(cacheControl)) {
    headers.set(
      'cache-control',
      [
        'private',
        ...cacheControl
          .split(',')
          .map((d) => d.trim())
          .filter((d) => d && !/^(public|s-maxage=)/.test(d)),
      ].join(', '),
    );
  }
}
