/**
 * Migration 20261209110000 (decision 041): rows indexed before it keep being found — their folded
 * text is rebuilt from the stored tsvector (field borders from the skipped positions) — and the
 * bigram index plus strpos finds exactly the rows holding a phrase. PGlite only: the statements are
 * the same on PostgreSQL, where the search tests run on the migrated schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gramsTsquery } from '../../../domain/search/grams.ts';
import { buildTsvector } from '../../../domain/search/lexemes.ts';
import { searchUnits } from '../../../domain/search/normalize.ts';
import type { Db } from '../../db.ts';
import { listMigrations, migrate } from '../../migrate.ts';
import { openPglite } from '../../pglite.ts';

const VERSION = '20261209110000';
const ROWS: [number, string[]][] = [
  [0, ['关于〔2024〕5号文件的通知', '', 'BENCH/1', '内容概述：信息公开']],
  [1, ['为进一步规范政府信息公开工作，根据条例制定本办法。ＧＢ／Ｔ Abc']],
];

describe('migration 20261209110000 (search folded text)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openPglite(null);
    await migrate(
      db,
      listMigrations().filter((m) => m.version < VERSION),
    );
    const [organ] = await db.query<{ id: number }>(
      `INSERT INTO organs (parent_id, name, short_name, slug, type, level, created_at, updated_at)
       VALUES (NULL, '测试机关', '测试', 't', 'department', 'county', now(), now()) RETURNING id`,
    );
    for (const [chunk, fields] of ROWS) {
      const tsvector = buildTsvector(
        fields.map((text) => ({ units: searchUnits(text), weight: 'A' as const })),
      );
      await db.query(
        `INSERT INTO search_documents (source_kind, source_id, chunk, part, part_chunk, content, tokens, organ_id, kind,
           genre, topic, published_at, published_on)
         VALUES ('item', 7, $1, $2, 1, '', $3::tsvector, $4, 'notice', '通知', '', now(), current_date)`,
        [chunk, chunk === 0 ? 'record' : 'body', tsvector, organ!.id],
      );
    }
    await migrate(db);
  });
  afterAll(() => db.close());

  it('rebuilds the folded text from the tsvector, one line per non-empty field', async () => {
    const rows = await db.query<{ folded: string }>('SELECT folded FROM search_documents ORDER BY chunk');
    expect(rows.map((r) => r.folded)).toEqual(
      ROWS.map(([, fields]) =>
        fields
          .filter((f) => f !== '')
          .map((f) => searchUnits(f).join(''))
          .join('\n'),
      ),
    );
  });

  it('finds a phrase through the bigram index and strpos, and not a phrase across fields', async () => {
    const found = async (text: string) => {
      const units = searchUnits(text).join('');
      const rows = await db.query<{ chunk: number }>(
        `SELECT chunk FROM search_documents WHERE search_bigrams(folded) @@ $1::tsquery AND strpos(folded, $2) > 0
         ORDER BY chunk`,
        [gramsTsquery(units), units],
      );
      return rows.map((r) => r.chunk);
    };
    expect(await found('[2024]5号')).toEqual([0]);
    expect(await found('信息公开')).toEqual([0, 1]);
    expect(await found('gb/t abc')).toEqual([1]);
    expect(await found('通知BENCH')).toEqual([]);
    expect(await found('办')).toEqual([1]);
  });
});
