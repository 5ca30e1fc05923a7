/**
 * Path segments are text input too (`/o/:slug`, `/staff/cases/:id`): a request whose path holds a
 * control character — raw or percent-encoded (`%00`–`%1F`, `%7F`) — is answered 400 before any
 * route runs (decision 019). No page of the platform has such an address, so nothing is lost.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { hasControlCharacters } from './control-characters.ts';

/** The 400 message for an address with control characters. */
export const CONTROL_IN_PATH_MESSAGE = '网址中含有不可见的控制字符，请检查网址后重试。';

const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f)/i;

/**
 * True when a request path (as sent, possibly percent-encoded) holds a control character.
 * @example isControlPath('/o/%00/gk') // true
 * @example isControlPath('/o/jyj/gk') // false
 */
export function isControlPath(path: string): boolean {
  return ENCODED_CONTROL.test(path) || hasControlCharacters(path);
}

/** The middleware (registered once in app.ts, before every route). */
export function cleanUrlMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.req.url;
    const start = raw.indexOf('/', raw.indexOf('//') + 2);
    const end = raw.indexOf('?', start);
    if (start >= 0 && isControlPath(raw.slice(start, end < 0 ? undefined : end))) {
      throw new HttpError(400, CONTROL_IN_PATH_MESSAGE);
    }
    await next();
  };
}
