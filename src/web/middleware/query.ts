/**
 * The one way to read the query string (decision 019): every value loses its control characters
 * (control-characters.ts), so a `?q=%00` reaches no SQL.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { stripControlCharacters } from './control-characters.ts';

/**
 * One query parameter (the first when repeated), cleaned; undefined when absent.
 * @example queryParam(c, 'q') // '张三' for ?q=%E5%BC%A0%00%E4%B8%89
 */
export function queryParam(c: Context<AppEnv>, key: string): string | undefined {
  const value = c.req.query(key);
  return value === undefined ? undefined : stripControlCharacters(value);
}

/**
 * All query parameters (the first value of each), cleaned — for a zod schema over the query.
 * @example queryParams(c) // { q: '张三', page: '2' }
 */
export function queryParams(c: Context<AppEnv>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(c.req.query())) {
    params[stripControlCharacters(key)] = stripControlCharacters(value);
  }
  return params;
}

/**
 * A record id as typed into a query string or a form field (1–9 digits), or 0 for anything else
 * (absent, empty, signed, too long, not digits) — 0 matches no record.
 * @example idFrom('12') // 12
 * @example idFrom('1e3') // 0
 */
export function idFrom(text: string | undefined): number {
  return /^\d{1,9}$/.test(text ?? '') ? Number(text) : 0;
}

/**
 * The query parameter `key` as a record id, or 0 (see idFrom).
 * @example queryId(c, 'organ') // 3 for ?organ=3
 */
export function queryId(c: Context<AppEnv>, key: string): number {
  return idFrom(queryParam(c, key));
}
