/**
 * The one way to read a posted form (decision 019). The body is parsed once per request (the CSRF
 * middleware reads its token through here too); a body the parser cannot read — multipart without
 * or with the wrong boundary, truncated or empty, a raw `"` or line break in a file name, a part
 * without a name — is a 400 with a Chinese message before any route runs, so nothing is written.
 * Every text value loses its control characters (control-characters.ts); files are passed on as
 * they came (each upload checks its file name by its own rules).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { stripControlCharacters } from './control-characters.ts';

/** The 400 message for a body that is not a readable form. */
export const MALFORMED_FORM_MESSAGE = '提交的表单内容不完整或格式有误，请返回页面重新填写后提交。';

/** Form fields as strings (lists for repeatable fields). */
export type FormValues = Record<string, string | string[]>;

/** A posted body with files: each field's value, or its values when repeated. */
export type UploadBody = Record<string, string | File | Array<string | File>>;

type Entry = string | File;

// One parse per request (the Request object is the key; it is dropped with the request).
const bodies = new WeakMap<Request, Promise<UploadBody>>();

const cleanEntry = (value: Entry): Entry =>
  typeof value === 'string' ? stripControlCharacters(value) : value;

async function parse(c: Context<AppEnv>): Promise<UploadBody> {
  let raw: Record<string, Entry | Entry[]>;
  try {
    raw = await c.req.parseBody({ all: true });
  } catch {
    throw new HttpError(400, MALFORMED_FORM_MESSAGE);
  }
  const body: UploadBody = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = stripControlCharacters(key);
    body[name] = Array.isArray(value) ? value.map(cleanEntry) : cleanEntry(value);
  }
  return body;
}

/**
 * The posted body with files, control characters removed from every text value.
 * @throws HttpError 400 when the body is not a readable form
 * @example const body = await readUpload(c); body.file instanceof File
 */
export function readUpload(c: Context<AppEnv>): Promise<UploadBody> {
  let body = bodies.get(c.req.raw);
  if (body === undefined) {
    body = parse(c);
    bodies.set(c.req.raw, body);
  }
  return body;
}

/**
 * The posted text fields: strings (the first value), the fields named in `lists` as arrays of
 * strings. Files are left out (uploads use readUpload).
 * @param lists fields that may repeat (checkbox groups)
 * @throws HttpError 400 when the body is not a readable form
 * @example await readForm(c, ['grants']) // { username: 'li', grants: ['3:admin', '5:handler'] }
 */
export async function readForm(c: Context<AppEnv>, lists: readonly string[] = []): Promise<FormValues> {
  const body = await readUpload(c);
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

/**
 * The record version a form posts back (its hidden `version` field), or -1 when it is missing or
 * not a whole number, so the use case answers with its "changed meanwhile" message.
 * @example postedVersion({ version: '3' }) // 3
 * @example postedVersion({ version: '3a' }) // -1
 */
export function postedVersion(values: FormValues): number {
  const text = formText(values, 'version');
  return /^\d{1,9}$/.test(text) ? Number(text) : -1;
}

/**
 * The first value of a field of an upload body when it is a file.
 * @example uploadedFile(await readUpload(c), 'file')?.name // '机构.xlsx'
 */
export function uploadedFile(body: UploadBody, key: string): File | undefined {
  const value = body[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first instanceof File ? first : undefined;
}

/** The first text value of each field of an upload body (files are read with uploadedFile). */
export function textValues(body: UploadBody): Record<string, string> {
  return Object.fromEntries(
    Object.entries(body).flatMap(([key, value]) => {
      const first = [value].flat().find((v): v is string => typeof v === 'string');
      return first === undefined ? [] : [[key, first]];
    }),
  );
}
