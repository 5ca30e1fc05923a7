/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- the API's JSON bodies are read loosely in assertions */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Db } from '../../db/db.ts';
import type { AppDeps } from '../../app/deps.ts';
import { createTestApp, insertTestOrgans, openTestDb } from '../../../test/portal.ts';
import { HOSTILE_TITLE, publishOpenDataWorld, type OpenDataWorld } from '../../../test/open-data.ts';
import type { AppEnv } from '../context.ts';

type Json = Record<string, any>;

/** The highlighted words of a marked text. */
const marked = (m: { text: string; highlights: { start: number; end: number }[] }) =>
  m.highlights.map((h) => m.text.slice(h.start, h.end));

describe('GET /api/v1/search', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  let deps: AppDeps;
  let world: OpenDataWorld;
  const get = (path: string) => app.request(path);
  const search = async (query: string) => {
    const res = await get(`/api/v1/search?${query}`);
    expect(res.status, query).toBe(200);
    return (await res.json()) as Json;
  };
  const ids = (page: Json) => page.hits.map((h: Json) => h.id);

  beforeAll(async () => {
    db = await openTestDb();
    const organIds = await insertTestOrgans(db);
    ({ app, deps } = createTestApp(db));
    world = await publishOpenDataWorld(deps, organIds);
  }, 180_000);
  afterAll(async () => {
    await deps.parsePool?.close();
    await db.close();
  });

  it('finds a 文号 typed with ASCII brackets and gives the matched words as offsets', async () => {
    for (const q of ['[2026]3号', '(2026)3号', '博政发〔2026〕3号']) {
      const page = await search(`q=${encodeURIComponent(q)}`);
      expect(ids(page), q).toEqual([world.docId]);
      const hit = page.hits[0];
      expect(hit).toMatchObject({
        sourceKind: 'item',
        docNumber: { text: '博政发〔2026〕3号' },
        organ: 'boshan',
        url: `/o/boshan/gk/items/${world.docId}`,
        where: { part: 'record' },
      });
      expect(marked(hit.docNumber)).toEqual([q.startsWith('博') ? q : '〔2026〕3号']);
    }
  });

  it('finds a two-character word in the title, with the title marked', async () => {
    const page = await search(`q=${encodeURIComponent('绿化')}`);
    expect(ids(page).sort()).toEqual([world.docId, world.interpId].sort());
    expect(page.total).toBe(2);
    expect(page.totalCapped).toBe(false);
    for (const hit of page.hits) {
      expect(marked(hit.title)).toContain('绿化');
    }
    expect(page.facets.organ).toEqual([{ value: 'boshan', label: expect.any(String), count: 2 }]);
    expect(page.next).toBeNull();
  });

  it('finds a phrase inside an attachment and says where', async () => {
    const page = await search(`q=${encodeURIComponent('绿化名录')}`);
    const inFile = page.hits.find((h: Json) => h.where.part === 'file');
    expect(inFile).toMatchObject({ id: world.docId, where: { fileName: '附件1.docx', paragraph: 1 } });
    expect(inFile.where.label).toBe('附件《附件1.docx》第1段');
    expect(marked(inFile.snippet)).toEqual(['绿化名录']);
  });

  it('does not find a withdrawn item', async () => {
    const page = await search(`q=${encodeURIComponent('停水')}`);
    expect(page.hits).toEqual([]);
    expect(page.total).toBe(0);
    expect(page.advice.length).toBeGreaterThan(0);
  });

  it('returns a hostile title as plain text (the caller escapes it)', async () => {
    const page = await search(`q=${encodeURIComponent('<script>')}`);
    expect(page.hits[0].title.text).toBe(HOSTILE_TITLE);
    expect(marked(page.hits[0].title)).toEqual(['<script>']);
  });

  it('filters by organ code (with its subtree), genre and dates, with facets on the first page', async () => {
    expect(ids(await search(`q=${encodeURIComponent('绿化')}&organ=boshan`))).toHaveLength(2);
    expect(ids(await search(`q=${encodeURIComponent('绿化')}&organ=czj`))).toEqual([]);
    const genre = await search(`q=${encodeURIComponent('绿化')}&genre=${encodeURIComponent('解读')}`);
    expect(ids(genre)).toEqual([world.interpId]);
    expect(genre.facets.genre.map((g: Json) => g.value)).toContain('解读');
    expect(ids(await search(`q=${encodeURIComponent('绿化')}&to=2000-01-01`))).toEqual([]);
    expect(ids(await search(`q=${encodeURIComponent('绿化')}&sort=relevance`))).toHaveLength(2);
  });

  it('pages with the cursor of the previous hit, without facets', async () => {
    const first = await search(`q=${encodeURIComponent('绿化')}`);
    const top = first.hits[0];
    const cursor = `${Date.parse(top.publishedAt)}.${top.id}`;
    const rest = await search(`q=${encodeURIComponent('绿化')}&cursor=${cursor}`);
    expect(ids(rest)).toEqual([first.hits[1].id]);
    expect(rest.facets).toBeNull();
  });

  const longQuery = '政'.repeat(10_000);
  it.each([
    ['q=', 'q：'],
    ['organ=boshan', 'q：'],
    ['q=%20%20', 'q：'],
    [`q=${longQuery}`, 'q：'],
    [`q=${encodeURIComponent('政'.repeat(101))}`, 'q：'],
    ['q=x&genre=bogus', 'genre：'],
    ['q=x&validity=%3Cscript%3E', 'validity：'],
    [`q=x&topic=${encodeURIComponent('没有这一类')}`, 'topic：'],
    ['q=x&organ=nobody', 'organ：'],
    ['q=x&organ=Bad%20Slug', 'organ：'],
    ['q=x&column=documents-2', 'column：'],
    ['q=x&organ=boshan&column=no-such-column', 'column：'],
    ['q=x&from=2026-13-01', 'from：'],
    ['q=x&from=yesterday', 'from：'],
    ['q=x&from=2026-02-01&to=2026-01-01', 'to：'],
    ['q=x&sort=random', 'sort：'],
    ['q=x&cursor=abc', 'cursor：'],
    ['q=x&cursor=.', 'cursor：'],
    ['q=x&cursor=99999999999999999999.1', 'cursor：'],
    ['q=x&cursor=1.1.5', 'cursor：'],
    ['q=x&sort=relevance&cursor=1.1', 'cursor：'],
    ['q=x&cursor=1.99999999999999999', 'cursor：'],
    ['q=x&cursor=' + '9'.repeat(65), 'cursor：'],
  ])('answers %s with a 400 naming the parameter in Chinese', async (query, prefix) => {
    const res = await get(`/api/v1/search?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body.error.code).toBe('INVALID_PARAMETER');
    expect(body.error.message).toContain(prefix);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    ['one character', '绿'],
    ['punctuation only', '，。、！？'],
    ['tsquery operators', "& | ! : * ( ) ' \\"],
    ['a lone surrogate (undecodable percent-encoding)', '%ED%A0%80'],
    ['an encoded lone surrogate', encodeURIComponent('\uFFFD') + '%ED%B0%80'],
    ['SQL', "'; DROP TABLE items; --"],
    ['LIKE wildcards', '%_%'],
  ])('searches %s as text: 200 with a result (possibly empty) or a 400, never a 500', async (_, q) => {
    const encoded = q.startsWith('%') ? q : encodeURIComponent(q);
    const res = await get(`/api/v1/search?q=${encoded}`);
    expect([200, 400]).toContain(res.status);
    const body = (await res.json()) as Json;
    if (res.status === 200) {
      expect(Array.isArray(body.hits)).toBe(true);
    } else {
      expect(body.error.message).toMatch(/^q：/);
    }
  });

  it('a cursor with an extreme rank or time is answered, not a 500', async () => {
    for (const query of [
      'q=x&sort=relevance&cursor=1.1.1e400',
      'q=x&sort=relevance&cursor=1.1.1e-400',
      'q=x&cursor=999999999999999.1',
      'q=x&cursor=253402300799999.1',
      'q=x&cursor=253402300800000.1',
      'q=x&cursor=0.0',
    ]) {
      const res = await get(`/api/v1/search?${query}`);
      expect([200, 400], query).toContain(res.status);
    }
  });
});
