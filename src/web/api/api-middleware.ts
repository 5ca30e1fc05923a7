/**
 * What every open data response goes through: CORS for reading (any origin may GET; the preflight
 * is answered), a per-client rate limit with a clear 429, query strings without control
 * characters, and conditional GETs — an ETag on every 200 (a hash of the body, or the route's own)
 * answered by If-None-Match, and Last-Modified (where the route knows it) answered by
 * If-Modified-Since — both with a 304 and no body.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { takeApiQuota, type QuotaPolicy } from '../../app/open-data/api-quota.ts';
import type { AppEnv } from '../context.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { isControlPath } from '../middleware/clean-url.ts';
import { apiError } from './api-errors.ts';

/** Cache lifetime of API answers (they change when staff publish; a minute is fresh enough). */
export const API_CACHE_CONTROL = 'public, max-age=60';

/** CORS for GET: any origin, no credentials (the API is anonymous). */
export const openDataCors = (): MiddlewareHandler<AppEnv> =>
  cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    allowHeaders: ['If-None-Match', 'If-Modified-Since'],
    exposeHeaders: ['ETag', 'Last-Modified', 'Retry-After', 'X-RateLimit-Limit', 'Link'],
    maxAge: 86_400,
  });

/** A query string with control characters (raw or percent-encoded) is refused before any route. */
export const cleanQuery = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const url = c.req.url;
  const start = url.indexOf('?');
  if (start >= 0 && isControlPath(url.slice(start + 1))) {
    return apiError(c, 400, '查询参数中含有不可见的控制字符，请检查后重试。');
  }
  await next();
};

/**
 * The per-client limit: `policy.limit` requests per window per client address, then 429 with
 * Retry-After until the window ends. Preflights are not counted.
 */
export const rateLimit =
  (policy: QuotaPolicy): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      return next();
    }
    c.header('x-ratelimit-limit', `${policy.limit}; w=${Math.round(policy.windowMs / 1000)}`);
    if (!(await takeApiQuota(c.get('deps'), clientAddress(c), policy))) {
      const seconds = Math.ceil(policy.windowMs / 1000);
      c.header('retry-after', String(seconds));
      return apiError(
        c,
        429,
        `请求过于频繁：同一网络地址每 ${seconds} 秒最多 ${policy.limit} 次请求，请稍后再试；批量获取请使用数据集下载（/api/v1/datasets）。`,
      );
    }
    await next();
  };

/**
 * True when a resource last modified at `lastModified` (an HTTP date) is not newer than the
 * client's copy from `ifModifiedSince` (whole seconds, as HTTP dates carry).
 * @example isNotModified('Sun, 06 Dec 2026 08:00:00 GMT', 'Sun, 06 Dec 2026 08:00:00 GMT') // true
 */
export function isNotModified(lastModified: string, ifModifiedSince: string): boolean {
  const modified = Date.parse(lastModified);
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(modified) && !Number.isNaN(since) && modified <= since;
}

/** ETag + If-None-Match (hono's etag), then If-Modified-Since when no If-None-Match was sent. */
export const conditionalGet = (): MiddlewareHandler<AppEnv>[] => [
  async (c, next) => {
    await next();
    const res = c.res;
    const since = c.req.header('if-modified-since');
    const lastModified = res.headers.get('last-modified');
    if (
      res.status === 200 &&
      (c.req.method === 'GET' || c.req.method === 'HEAD') &&
      c.req.header('if-none-match') === undefined &&
      since !== undefined &&
      lastModified !== null &&
      isNotModified(lastModified, since)
    ) {
      await res.body?.cancel();
      const headers = new Headers();
      for (const name of ['etag', 'last-modified', 'cache-control', 'vary']) {
        const value = res.headers.get(name);
        if (value !== null) {
          headers.set(name, value);
        }
      }
      c.res = new Response(null, { status: 304, headers });
    }
  },
  etag({
    retainedHeaders: ['cache-control', 'etag', 'last-modified', 'vary', 'access-control-allow-origin'],
  }),
  async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('cache-control')) {
      c.res.headers.set('cache-control', API_CACHE_CONTROL);
    }
  },
];
