/**
 * Reading a submitted form into plain values for zod: text fields as strings (the first value),
 * the fields named in `lists` as arrays of strings. Files are left out (uploads read them
 * themselves).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';

/** Form fields as strings (lists for repeatable fields). */
export type FormValues = Record<string, string | string[]>;

/**
 * @param lists fields that may repeat (checkbox groups)
 * @example await readForm(c, ['grants']) // { username: 'li', grants: ['3:admin', '5:handler'] }
 */
export async function readForm(c: Context<AppEnv>, lists: readonly string[] = []): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const values: FormValues = {};
  for (const [key, raw] of Object.entries(body)) {
    const all = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    values[key] = lists.includes(key) ? all : (all[0] ?? '');
  }
  for (const key of lists) {
    values[key] ??= [];
  }
  return values;
}

/** A string value of a form (first of a list), or ''. */
export function formText(values: FormValues, key: string): string {
  const v = values[key];
  return typeof v === 'string' ? v : (v?.[0] ?? '');
}
