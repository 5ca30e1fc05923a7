/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- the API's JSON bodies are read loosely in assertions */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Db } from '../../db/db.ts';
import type { AppDeps } from '../../app/deps.ts';
import { createTestApp, insertTestOrgans, openTestDb } from '../../../test/portal.ts';
import { HOSTILE_TITLE, publishOpenDataWorld, type OpenDataWorld } from '../../../test/open-data.ts';
import { createApp } from '../app.ts';
import type { AppEnv } from '../context.ts';
import { registerSecurityMiddleware } from '../middleware/register.ts';
import { openDataRoutes } from './register.tsx';

type Json = Record<string, any>;

describe('open data API, feeds and sitemap', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  let deps: AppDeps;
  let world: OpenDataWorld;
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  const json = async (path: string) => (await (await get(path)).json()) as Json;

  beforeAll(async () => {
    db = await openTestDb();
    const ids = await insertTestOrgans(db);
    ({ app, deps } = createTestApp(db));
    world = await publishOpenDataWorld(deps, ids);
  });
  afterAll(async () => {
    await deps.parsePool?.close();
    await db.close();
  });

  it('answers every endpoint with 200, CORS and an ETag', async () => {
    for (const path of [
      '/api/v1/organs',
      '/api/v1/organs/boshan',
      '/api/v1/organs/boshan/columns',
      '/api/v1/items',
      `/api/v1/items/${world.docId}`,
      '/api/v1/organs/boshan/reports/2024',
      '/api/v1/organs/boshan/statistics/2025',
      '/api/v1/datasets/annual-reports.csv',
      '/api/v1/datasets/annual-reports.jsonl',
      '/api/v1/datasets/items.csv',
      '/api/v1/openapi.json',
      '/api/v1/docs',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('etag'), path).toMatch(/^"[0-9a-f]+"$/);
      expect(res.headers.get('cross-origin-resource-policy'), path).toBe('cross-origin');
    }
  });

  it('lists organs, columns with counts, and items with their metadata', async () => {
    const organs = await json('/api/v1/organs');
    expect(organs.organs[0]).toMatchObject({ slug: 'boshan', parent: null, reportYears: [2024, 2023] });
    expect(organs.organs[0]).not.toHaveProperty('creditCode');
    const columns = await json('/api/v1/organs/boshan/columns');
    expect(columns.columns.find((c: Json) => c.slug === 'documents-2')).toMatchObject({ count: 1 });
    const items = await json('/api/v1/items?organ=boshan&kind=normative');
    expect(items.items).toHaveLength(1);
    expect(items.items[0]).toMatchObject({
      id: world.docId,
      title: '博山区城市绿化管理办法',
      docNumber: '博政发〔2026〕3号',
      validity: 'inForce',
      url: `/o/boshan/gk/items/${world.docId}`,
    });
    const column = await json('/api/v1/items?organ=boshan&column=documents-2');
    expect(column.items.map((i: Json) => i.id)).toEqual([world.docId]);
  });

  it('pages by cursor to the end, never repeating an item; a page past the end is empty', async () => {
    const seen: number[] = [];
    let next: string | null = '/api/v1/items?limit=1';
    while (next !== null) {
      const page = await json(next);
      seen.push(...page.items.map((i: Json) => i.id));
      next = page.next;
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    expect(seen).not.toContain(world.withdrawnId);
    expect(await json('/api/v1/items?page=100&limit=100')).toEqual({ items: [], next: null });
  });

  it('shows one item with attachments and 解读 links, and 410 for a withdrawn one', async () => {
    const item = await json(`/api/v1/items/${world.docId}`);
    expect(item.attachments[0]).toMatchObject({ name: '附件1.docx' });
    expect(item.attachments[0].url).toMatch(/^\/o\/boshan\/gk\/files\/\d+$/);
    expect(item.interpretations).toEqual([
      expect.objectContaining({
        id: world.interpId,
        form: 'graphic',
        title: '《博山区城市绿化管理办法》图解',
      }),
    ]);
    expect((await json(`/api/v1/items/${world.interpId}`)).documents[0].id).toBe(world.docId);
    const gone = await get(`/api/v1/items/${world.withdrawnId}`);
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as Json).error).toEqual({
      code: 'GONE',
      message: expect.stringContaining('停水已结束'),
    });
  });

  it('answers conditional GETs with 304: If-None-Match, and If-Modified-Since where Last-Modified is known', async () => {
    const first = await get(`/api/v1/items/${world.docId}`);
    const tag = first.headers.get('etag')!;
    const modified = first.headers.get('last-modified')!;
    expect(modified).toMatch(/GMT$/);
    const byTag = await get(`/api/v1/items/${world.docId}`, { 'if-none-match': tag });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    expect(byTag.headers.get('access-control-allow-origin')).toBe('*');
    expect((await get(`/api/v1/items/${world.docId}`, { 'if-modified-since': modified })).status).toBe(304);
    const older = new Date(Date.parse(modified) - 60_000).toUTCString();
    expect((await get(`/api/v1/items/${world.docId}`, { 'if-modified-since': older })).status).toBe(200);
    expect((await get('/api/v1/organs', { 'if-none-match': '"other"' })).status).toBe(200);
    const organs = await get('/api/v1/organs');
    expect((await get('/api/v1/organs', { 'if-none-match': organs.headers.get('etag')! })).status).toBe(304);
  });

  it('answers the CORS preflight', async () => {
    const res = await app.request('/api/v1/items', {
      method: 'OPTIONS',
      headers: { origin: 'https://data.example.org', 'access-control-request-method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it.each([
    ['/api/v1/items?kind=bogus', 400, 'kind：'],
    ['/api/v1/items?validity=%3Cscript%3E', 400, 'validity：'],
    ['/api/v1/items?limit=1000', 400, 'limit：'],
    ['/api/v1/items?limit=0', 400, 'limit：'],
    ['/api/v1/items?page=1000000', 400, 'cursor'],
    ['/api/v1/items?cursor=bm90LWEtY3Vyc29y', 400, 'cursor：'],
    ['/api/v1/items?cursor=' + 'x'.repeat(5000), 400, 'cursor：'],
    ['/api/v1/items?year=99999', 400, 'year：'],
    ['/api/v1/items?organ=' + '%E6%B1%89'.repeat(3000), 400, 'organ：'],
    ['/api/v1/items?kind=%00', 400, '控制字符'],
    ['/api/v1/items?column=documents-2', 400, 'column：'],
    ['/api/v1/items?organ=nowhere', 404, '不存在'],
    ['/api/v1/items?organ=boshan&column=nowhere', 404, '不存在'],
    ['/api/v1/items/abc', 400, 'id：'],
    ['/api/v1/items/999999999999', 404, '没有该信息'],
    ['/api/v1/organs/nowhere', 404, 'nowhere'],
    ['/api/v1/organs/BAD_SLUG/columns', 400, 'organ：'],
    ['/api/v1/organs/boshan/reports/2019', 404, '不存在'],
    ['/api/v1/organs/boshan/reports/20x4', 400, 'year：'],
    ['/api/v1/organs/boshan/statistics/2026', 409, '尚未结束'],
    ['/api/v1/no-such-route', 404, '不存在'],
  ])('%s → %i with a Chinese JSON error', async (path, status, text) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    const body = (await res.json()) as Json;
    expect(body.error.code).toMatch(/^[A-Z_]+$/);
    expect(body.error.message).toContain(text);
  });

  it('generates an OpenAPI 3.1 document that lists every route and its parameters', async () => {
    const doc = await json('/api/v1/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/datasets/annual-reports.csv',
        '/datasets/annual-reports.jsonl',
        '/datasets/items.csv',
        '/items',
        '/items/{id}',
        '/organs',
        '/organs/{organ}',
        '/organs/{organ}/columns',
        '/organs/{organ}/reports/{year}',
        '/organs/{organ}/statistics/{year}',
        '/search',
      ].sort(),
    );
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      const op = item.get;
      expect(op.summary, path).toBeTruthy();
      expect(op.responses['200'], path).toBeTruthy();
      expect(op.responses['429'], path).toBeTruthy();
      for (const param of path.match(/\{(\w+)\}/g) ?? []) {
        expect(
          op.parameters.some((p: Json) => p.in === 'path' && `{${p.name}}` === param && p.required),
          `${path} ${param}`,
        ).toBe(true);
      }
    }
    const kind = doc.paths['/items'].get.parameters.find((p: Json) => p.name === 'kind');
    expect(kind.schema.enum).toContain('normative');
    expect(doc.components.schemas).toHaveProperty('ItemDetail');
    expect(doc.components.schemas).toHaveProperty('AnnualReport');
  });

  it('serves the datasets: reports in the CSV layout and as JSON lines, items CSV with formulas guarded', async () => {
    const csv = await (await get('/api/v1/datasets/annual-reports.csv')).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^file,organ,year,format,/);
    expect(lines).toHaveLength(3);
    const jsonl = (await (await get('/api/v1/datasets/annual-reports.jsonl')).text()).trimEnd().split('\n');
    expect(jsonl.map((l) => (JSON.parse(l) as Json).schema)).toEqual([
      'gongkai.annual-report.v1',
      'gongkai.annual-report.v1',
    ]);
    const items = await (await get('/api/v1/datasets/items.csv')).text();
    expect(items).toContain(`"'=HYPERLINK(""x"")`);
    expect(items).not.toContain('停水');
  });

  it('serves RSS and Atom per organ and per column, well-formed, with escaped titles', async () => {
    for (const path of [
      '/o/boshan/gk/rss.xml',
      '/o/boshan/gk/atom.xml',
      '/o/boshan/gk/c/documents-2/rss.xml',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/(rss|atom)\+xml/);
      const xml = await res.text();
      expect(xml).not.toContain('<script>');
      const doc = parseDocument(xml, { xmlMode: true });
      const titles = DomUtils.getElementsByTagName('title', doc).map((t) => DomUtils.textContent(t));
      if (path.includes('/c/')) {
        expect(titles).toContain('博山区城市绿化管理办法');
      } else {
        expect(titles).toContain(HOSTILE_TITLE);
        expect(xml).toContain('&lt;script&gt;');
        expect(xml).toContain('<gk:indexNumber>');
      }
      const again = await get(path, { 'if-modified-since': res.headers.get('last-modified')! });
      expect(again.status).toBe(304);
    }
    expect((await get('/o/boshan/gk/c/nowhere/rss.xml')).status).toBe(404);
    expect((await get('/o/nowhere/gk/atom.xml')).status).toBe(404);
  });

  it('lists published item pages in the sitemap, and tags item pages (§1.5)', async () => {
    const sitemap = await (await get('/sitemap.xml')).text();
    expect(sitemap).toContain(`/o/boshan/gk/items/${world.docId}</loc>`);
    expect(sitemap).not.toContain(`/gk/items/${world.withdrawnId}</loc>`);
    expect((await get('/sitemap-1.xml')).status).toBe(404);
    const page = await (await get(`/o/boshan/gk/items/${world.docId}`)).text();
    expect(page).toContain('<meta name="Keywords" content="绿化"');
    expect(page).toContain('<meta name="Description" content="规范城市绿化管理"');
    expect(await (await get('/o/boshan/gk/c/documents-2')).text()).toContain(
      '<link rel="alternate" type="application/rss+xml"',
    );
  });

  it('limits each client: 429 with Retry-After and a Chinese message after the limit', async () => {
    await db.query('DELETE FROM login_attempts');
    const limited = createApp(deps, [
      registerSecurityMiddleware,
      openDataRoutes({ limit: 3, windowMs: 60_000 }),
    ]);
    for (let i = 0; i < 3; i += 1) {
      expect((await limited.request('/api/v1/organs')).status).toBe(200);
    }
    const res = await limited.request('/api/v1/organs');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(((await res.json()) as Json).error).toEqual({
      code: 'RATE_LIMITED',
      message: expect.stringContaining('请求过于频繁'),
    });
    await db.query('DELETE FROM login_attempts');
  });
});
