/**
 * Relevance of the whole search path (probe, dense walk and sparse gathering, keyset pages) against
 * plain substring search: every query's hits over all pages are exactly the items whose folded text
 * holds the query — recall and precision 100 % — for short queries over short texts (dense: the
 * walk), long phrases up to 100 units, and phrases that cross the border of two chunks (sparse: GIN).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestTree, type TestTree } from '../../../test/staff.ts';
import { replaceSearchRows } from '../../db/queries/search/search-rows.ts';
import { CHUNK_UNITS } from '../../domain/search/chunks.ts';
import { searchUnits } from '../../domain/search/normalize.ts';
import { MAX_QUERY_UNITS, parseQuery } from '../../domain/search/query.ts';
import { searchDocuments } from '../../domain/search/search-document.ts';
import type { SearchCursor, SearchFilters, SearchSort } from '../../domain/search/search-types.ts';
import { SQL_SEARCH_INDEX } from './search-index.ts';

const NO_FILTERS: SearchFilters = {
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
const SHORT_ALPHABET = [..."信息公开政府条例第号年〔〕[]（）2024ABab '\\&|!:*，😀"];
/** 300 CJK characters: long texts rarely repeat a bigram, so chunks are full size */
const WIDE_ALPHABET = Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x4e00 + i * 7));

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const textOf = (next: () => number, alphabet: readonly string[], length: number) =>
  Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');

for (const backend of await backends()) {
  describe(`search relevance (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    const ids: number[] = [];
    const texts: string[] = [];

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      const next = random(11);
      for (let i = 0; i < 60; i += 1) {
        texts.push(textOf(next, SHORT_ALPHABET, 5 + Math.floor(next() * 25)));
      }
      for (let i = 0; i < 4; i += 1) {
        texts.push(textOf(next, WIDE_ALPHABET, CHUNK_UNITS * 2 + 500));
      }
      await t.db.transaction(async (tx) => {
        for (const [i, text] of texts.entries()) {
          const publishedAt = new Date(Date.parse('2026-01-01T00:00:00Z') + (i % 7) * 3_600_000);
          const [row] = await tx.query<{ id: number }>(
            `INSERT INTO items (organ_id, kind, status, index_number, title, doc_number, doc_number_key, formed_on, topic,
               genre, body_html, body_text, validity, published_at, published_version, drafted_by_name, created_at, updated_at)
             VALUES ($1, 'notice', 'published', $2, '', '', '', date '2025-12-01', '', '通知', '', $3, NULL, $4, 1, '测试',
               now(), now()) RETURNING id::int AS id`,
            [tree.education, `REL/${i}`, text, publishedAt],
          );
          ids.push(row!.id);
          const docs = searchDocuments({
            title: '',
            docNumber: '',
            indexNumber: '',
            summary: '',
            keywords: '',
            bodyText: text,
            files: [],
          });
          await replaceSearchRows(tx, { kind: 'item', id: row!.id }, docs, {
            organId: tree.education,
            kind: 'notice',
            genre: '通知',
            topic: '',
            validity: null,
            columnIds: [],
            publishedAt,
            writtenOn: null,
          });
        }
      });
    }, 180_000);
    afterAll(() => t.dispose());

    /** Every hit over all pages (7 a page), and the first page's total. */
    async function searchAll(text: string, sort: SearchSort): Promise<{ found: number[]; total: number }> {
      const parsed = parseQuery(text);
      if (!parsed.ok) {
        throw new Error(parsed.message);
      }
      const found: number[] = [];
      let after: SearchCursor | null = null;
      let total = -1;
      for (let page = 0; page < 100; page += 1) {
        const r = await SQL_SEARCH_INDEX.search(t.db, {
          query: parsed.query,
          filters: NO_FILTERS,
          sort,
          after,
          limit: 7,
        });
        if (after === null) {
          expect(r.totalCapped).toBe(false);
          total = r.total;
        }
        found.push(...r.hits.map((h) => ids.indexOf(h.sourceId)));
        after = r.next;
        if (after === null) {
          break;
        }
      }
      return { found, total };
    }

    it('finds exactly the items holding each of 60 queries, over every page, in both orders', async () => {
      const next = random(5);
      const joined = texts.map((text) => searchUnits(text).join(''));
      const queries: string[] = [];
      for (let k = 0; k < 30; k += 1) {
        const units = searchUnits(texts[Math.floor(next() * 60)]!);
        const a = Math.floor(next() * units.length);
        queries.push(units.slice(a, a + 1 + Math.floor(next() * 6)).join(''));
      }
      for (let k = 0; k < 30; k += 1) {
        const units = searchUnits(texts[60 + (k % 4)]!);
        // half of them start just before a chunk border (2,000 and 3,901 units), the others anywhere
        const border = k % 2 === 0 ? CHUNK_UNITS : 2 * CHUNK_UNITS - (MAX_QUERY_UNITS - 1);
        const length = 2 + Math.floor(next() * (MAX_QUERY_UNITS - 1));
        const a =
          k % 3 === 2
            ? Math.floor(next() * (units.length - length))
            : border - 1 - Math.floor(next() * length);
        queries.push(units.slice(a, a + length).join(''));
      }
      for (const [k, query] of queries.entries()) {
        const expected = joined.flatMap((text, i) => (text.includes(query) ? [i] : []));
        const sort: SearchSort = k % 5 === 4 ? 'relevance' : 'date';
        const { found, total } = await searchAll(query, sort);
        expect(
          [...found].sort((x, y) => x - y),
          `${sort} ${query.slice(0, 30)}`,
        ).toEqual(expected);
        expect(total, query.slice(0, 30)).toBe(expected.length);
      }
      expect(parseQuery('政'.repeat(MAX_QUERY_UNITS + 1))).toMatchObject({ ok: false });
    });

    it('keeps a page filled by the walk in order with no source twice, and filters it', async () => {
      const { found } = await searchAll('信', 'date');
      expect(new Set(found).size).toBe(found.length);
      const times = found.map((i) => i % 7);
      expect(times).toEqual([...times].sort((x, y) => y - x));
      const query = parseQuery('信');
      const first = (filters: Partial<SearchFilters>) =>
        SQL_SEARCH_INDEX.search(t.db, {
          query: query.ok ? query.query : { text: '', units: [], tsquery: '', grams: '' },
          filters: { ...NO_FILTERS, ...filters },
          sort: 'date',
          after: null,
          limit: 7,
        });
      const within = await first({ organId: tree.district });
      expect(within.hits.map((h) => ids.indexOf(h.sourceId))).toEqual(found.slice(0, 7));
      expect(within.facets.genre).toEqual([{ value: '通知', label: '通知', count: found.length }]);
      expect((await first({ organId: tree.otherDistrict })).hits).toEqual([]);
      const other = await first({ genre: '公告' });
      expect(other.hits).toEqual([]);
      expect(other.facets.genre).toEqual([{ value: '通知', label: '通知', count: found.length }]);
    });
  });
}
