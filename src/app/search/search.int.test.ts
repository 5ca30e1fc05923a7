import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { docxWith, peopleOf, submission } from '../../../test/publishing.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { replaceSearchRows } from '../../db/queries/search/search-rows.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { gramsTsquery } from '../../domain/search/grams.ts';
import { searchUnits } from '../../domain/search/normalize.ts';
import { searchDocuments } from '../../domain/search/search-document.ts';
import type { RawSearchParams } from '../../domain/search/search-params.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { addItemFile } from '../publishing/item-files.ts';
import { performItemAction } from '../publishing/perform-item-action.ts';
import { createItem } from '../publishing/save-item.ts';
import { reindexAll } from './reindex.ts';
import { SQL_SEARCH_INDEX } from './search-index.ts';
import { parseQuery } from '../../domain/search/query.ts';
import { formatCursor } from '../../domain/search/search-params.ts';
import { searchPublic } from './search-public.ts';

const NO_FILTERS = {
  organId: null,
  columnId: null,
  topic: null,
  genre: null,
  validity: null,
  publishedFrom: null,
  publishedTo: null,
  writtenFrom: null,
  writtenTo: null,
  sourceKind: null,
};
const never = (): never => {
  throw new Error('unreachable');
};
const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };
const ALPHABET = [..."信息公开政府条例第号年〔〕[]（）2024ABab '\\&|!:*，😀"];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const backend of await backends()) {
  describe(`search (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    const clock = movableClock('2026-12-01T02:00:00Z');
    let people: ReturnType<typeof peopleOf>;

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      deps = { db: t.db, clock, env: testEnv(), logger: createLogger('silent') };
      people = peopleOf(tree.education);
    });
    afterAll(async () => {
      await deps.parsePool?.close();
      await t.dispose();
    });

    const act = async (who: keyof typeof people, id: number, action: string, form = {}) =>
      performItemAction(deps, people[who], id, (await findItem(t.db, id))!.version, action as never, form);
    const publish = async (fields: Record<string, string>, body: string, file?: string[]) => {
      const r = await createItem(deps, people.drafter, tree.education, submission(fields, { body }));
      const id = r.ok ? r.itemId : 0;
      if (file) {
        const bytes = await docxWith(file);
        const v = (await findItem(t.db, id))!.version;
        expect(await addItemFile(deps, people.drafter, id, v, { name: '附件.docx', bytes })).toMatchObject({
          ok: true,
        });
      }
      await act('drafter', id, 'submitForReview');
      await act('reviewer', id, 'approveReview', CHECKLIST);
      expect(await act('approver', id, 'sign')).toMatchObject({ ok: true });
      return id;
    };
    const find = async (q: string, more: RawSearchParams = {}) => {
      const r = await searchPublic(deps, { q, ...more });
      if (!r.ok) {
        throw new Error(JSON.stringify(r));
      }
      return r.results.hits.map((h) => h.sourceId);
    };

    it('finds every substring of random texts and nothing else (PostgreSQL phrase semantics)', async () => {
      const next = random(3);
      const texts = Array.from({ length: 40 }, () =>
        Array.from(
          { length: 5 + Math.floor(next() * 25) },
          () => ALPHABET[Math.floor(next() * ALPHABET.length)],
        ).join(''),
      );
      const meta = {
        organId: tree.education,
        kind: 'notice',
        genre: '通知',
        topic: '',
        validity: null,
        columnIds: [],
        publishedAt: new Date('2026-01-01T00:00:00Z'),
        writtenOn: null,
      };
      await t.db.transaction(async (tx) => {
        for (const [i, text] of texts.entries()) {
          const docs = searchDocuments({
            title: '',
            docNumber: '',
            indexNumber: '',
            summary: '',
            keywords: '',
            bodyText: text,
            files: [],
          });
          await replaceSearchRows(tx, { kind: 'item', id: 900_000 + i }, docs, meta);
        }
      });
      const joined = texts.map((text) => searchUnits(text).join(''));
      for (let round = 0; round < 150; round += 1) {
        const units = searchUnits(texts[Math.floor(next() * texts.length)]!);
        const a = Math.floor(next() * units.length);
        const query = units.slice(a, a + 1 + Math.floor(next() * 6));
        const rows = await t.db.query<{ id: number; found: boolean }>(
          `SELECT source_id::int - 900000 AS id, strpos(folded, $2) > 0 AS found FROM search_documents
           WHERE source_id >= 900000 AND search_bigrams(folded) @@ $1::tsquery ORDER BY 1`,
          [gramsTsquery(query.join('')), query.join('')],
        );
        const expected = joined.flatMap((text, i) => (text.includes(query.join('')) ? [i] : []));
        // the bigrams find every row holding the phrase; strpos keeps exactly those
        expect(
          rows.filter((r) => r.found).map((r) => r.id),
          query.join(''),
        ).toEqual(expected);
        expect(rows.length).toBeGreaterThanOrEqual(expected.length);
      }
      await t.db.query('DELETE FROM search_documents WHERE source_id >= 900000');
    });

    it('indexes at publication: title, 文号 in any bracket, body, attachment; gone when withdrawn', async () => {
      const id = await publish(
        { kind: 'notice', title: '关于开展学生资助政策宣传的通知', docNumber: '甲教发〔2026〕12号' },
        '各学校：为做好家庭经济困难学生认定工作，现就有关事项通知如下。',
        ['附件：资助申请表填写说明'],
      );
      for (const q of [
        '学生资助',
        '甲教发[2026]12号',
        '（2026）12',
        '2026 〕12号',
        '困难学生认定',
        '申请表填写',
        '资',
        '12',
      ]) {
        expect(await find(q), q).toContain(id);
      }
      const r = await searchPublic(deps, { q: '申请表填写' });
      expect(r.ok && r.results.hits[0]).toMatchObject({ part: 'file', fileName: '附件.docx', partChunk: 1 });
      expect(await find('学生资助', { organ: String(tree.district) })).toContain(id);
      expect(await find('学生资助', { organ: String(tree.otherDistrict) })).toEqual([]);
      expect(await find('学生资助', { genre: '公告' })).toEqual([]);

      expect(
        await act('approver', id, 'withdraw', { reason: 'error', explanation: '内容有误' }),
      ).toMatchObject({ ok: true });
      expect(await find('学生资助')).toEqual([]);
      await reindexAll(t.db);
      expect(await find('学生资助')).toEqual([]);
    });

    it('pages newest first by keyset, counts facets ignoring their own filter, and rebuilds the same', async () => {
      const ids: number[] = [];
      for (const n of [1, 2, 3]) {
        clock.advance(60_000);
        ids.push(
          await publish(
            { kind: 'notice', title: `第${n}批财政预算公开目录`, genre: n === 3 ? '公告' : '通知' },
            '预算公开',
          ),
        );
      }
      const all = await searchPublic(deps, { q: '预算公开' });
      expect(all.ok && all.results.hits.map((h) => h.sourceId)).toEqual([...ids].reverse());
      const first = await searchPublic(deps, { q: '预算公开', sort: 'relevance' });
      expect(first.ok && first.results.hits.length).toBe(3);
      const request = { query: parseQuery('预算公开'), filters: NO_FILTERS, limit: 2 } as const;
      for (const sort of ['date', 'relevance'] as const) {
        const page1 = await SQL_SEARCH_INDEX.search(t.db, {
          ...request,
          query: request.query.ok ? request.query.query : never(),
          sort,
          after: null,
        });
        const page2 = await SQL_SEARCH_INDEX.search(t.db, {
          ...request,
          query: request.query.ok ? request.query.query : never(),
          sort,
          after: page1.next,
        });
        expect([...page1.hits, ...page2.hits].map((h) => h.sourceId).sort()).toEqual([...ids].sort());
        expect(page2.next).toBeNull();
        const cursor = formatCursor(page1.next!);
        expect(await find('预算公开', { sort, after: cursor })).toEqual(page2.hits.map((h) => h.sourceId));
      }
      const filtered = await searchPublic(deps, { q: '预算公开', genre: '公告' });
      expect(filtered.ok && filtered.results.total).toBe(1);
      expect(filtered.ok && filtered.results.facets.genre).toEqual([
        { value: '通知', label: '通知', count: 2 },
        { value: '公告', label: '公告', count: 1 },
      ]);
      const before = await t.db.query(
        'SELECT source_id, chunk, content, folded FROM search_documents ORDER BY 1, 2',
      );
      await t.db.query('DELETE FROM search_documents');
      expect(await reindexAll(t.db)).toBe(3);
      expect(
        await t.db.query('SELECT source_id, chunk, content, folded FROM search_documents ORDER BY 1, 2'),
      ).toEqual(before);
    });

    it('answers bad input with a Chinese message or a result, never an error', async () => {
      const cases: [RawSearchParams, string | null][] = [
        [{ q: '' }, 'q'],
        [{ q: '政'.repeat(10_000) }, 'q'],
        [{ q: '，。！？' }, null],
        [{ q: "a & b | !c:* 'x' \\" }, null],
        [{ q: "'; DROP TABLE items; --" }, null],
        [{ q: '\uD800\uDFFF\uDC00政府' }, null],
        [{ q: '\uD800' }, 'q'],
        [{ q: '公开', genre: '不存在' }, 'genre'],
        [{ q: '公开', organ: '-1' }, 'organ'],
        [{ q: '公开', organ: '999999' }, null],
        [{ q: '公开', from: '2026-13-01' }, 'from'],
        [{ q: '公开', from: '2026-12-31', to: '2026-01-01' }, 'to'],
        [{ q: '公开', sort: 'x' }, 'sort'],
        [{ q: '公开', after: 'garbage' }, 'after'],
        [{ q: '公开', after: '0.1' }, null],
        [{ q: '公开', after: '99999999999999.1000000' }, null],
      ];
      for (const [raw, field] of cases) {
        const r = await searchPublic(deps, raw);
        if (field === null) {
          expect(r.ok, JSON.stringify(raw).slice(0, 80)).toBe(true);
        } else {
          expect(r).toMatchObject({ ok: false, kind: 'invalid', errors: { [field]: expect.any(String) } });
        }
      }
      const empty = await searchPublic(deps, { q: '没有这样的内容', genre: '公告' });
      expect(empty.ok && empty.advice[0]).toMatch(/去掉筛选条件（体裁）/);
    });
  });
}
