import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { HttpError } from '../http-error.ts';
import {
  formText,
  MALFORMED_FORM_MESSAGE,
  postedVersion,
  readForm,
  readUpload,
  uploadedFile,
} from './form.ts';
import { queryParam, queryParams } from './query.ts';

/** A tiny app: POST / answers what readForm / readUpload saw; GET / what the query readers saw. */
function probe() {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const form = await readForm(c, ['grants']);
    const upload = await readUpload(c);
    const file = uploadedFile(upload, 'file');
    return c.json({
      form,
      file: file ? { name: file.name, size: file.size } : null,
      name: formText(form, 'name'),
    });
  });
  app.get('/', (c) => c.json({ q: queryParam(c, 'q') ?? null, all: queryParams(c) }));
  app.onError((error, c) =>
    error instanceof HttpError ? c.text(error.message, error.status) : c.text('500', 500),
  );
  return app;
}

const BOUNDARY = 'b0undary';
const multipart = (body: string, type = `multipart/form-data; boundary=${BOUNDARY}`) =>
  probe().request('/', { method: 'POST', body, headers: { 'content-type': type } });

describe('readForm / readUpload', () => {
  it('reads text fields (first value), lists, and files', async () => {
    const form = new FormData();
    form.append('name', '张三');
    form.append('name', '李四');
    form.append('grants', '3:admin');
    form.append('grants', '5:handler');
    form.append('file', new File(['%PDF-1.4'], '年报.pdf'));
    const res = await probe().request('/', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      form: { name: '张三', grants: ['3:admin', '5:handler'], file: '' },
      file: { name: '年报.pdf', size: 8 },
      name: '张三',
    });
  });

  it('gives an empty list for a repeatable field that was not sent', async () => {
    const res = await probe().request('/', {
      method: 'POST',
      body: 'name=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(((await res.json()) as { form: unknown }).form).toEqual({ name: 'a', grants: [] });
  });

  it('removes control characters from every text value and field name', async () => {
    const res = await probe().request('/', {
      method: 'POST',
      body: 'na%00me=a%00b%07c&grants=x%1B',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(((await res.json()) as { form: unknown }).form).toEqual({ name: 'abc', grants: ['x'] });
  });

  it.each([
    [
      'no boundary',
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--${BOUNDARY}--\r\n`,
      'multipart/form-data',
    ],
    [
      'the wrong boundary',
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--${BOUNDARY}--\r\n`,
      'multipart/form-data; boundary=zzz',
    ],
    ['a truncated body', `--${BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1`, undefined],
    ['an empty body', '', undefined],
    [
      'a raw quote in a file name',
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="f"; filename="a"b"\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
      undefined,
    ],
    [
      'a CRLF in a file name',
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="f"; filename="a\r\nb"\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
      undefined,
    ],
    [
      'a part without a name',
      `--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
      undefined,
    ],
  ])('answers multipart with %s with 400 and the Chinese message', async (_shape, body, type) => {
    const res = await multipart(body, type);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(MALFORMED_FORM_MESSAGE);
  });
});

describe('postedVersion', () => {
  it('reads a whole-number version and gives -1 for anything else', () => {
    expect(postedVersion({ version: '0' })).toBe(0);
    expect(postedVersion({ version: '42' })).toBe(42);
    expect(postedVersion({ version: ['7', '8'] })).toBe(7);
    for (const bad of ['', ' 3', '3a', '-1', '1.5', '1234567890']) {
      expect(postedVersion({ version: bad })).toBe(-1);
    }
    expect(postedVersion({})).toBe(-1);
  });
});

describe('queryParam / queryParams', () => {
  it('reads one parameter and all of them without control characters', async () => {
    const res = await probe().request('/?q=%E5%BC%A0%00%E4%B8%89&page=2%00&q=second');
    expect(await res.json()).toEqual({ q: '张三', all: { q: '张三', page: '2' } });
  });

  it('gives undefined for an absent parameter', async () => {
    expect(await (await probe().request('/')).json()).toEqual({ q: null, all: {} });
  });
});
