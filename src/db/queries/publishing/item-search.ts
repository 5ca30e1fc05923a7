/**
 * SQL for the staff item search index (item_search, decision 036): the tsvector literals of every
 * item in any status, built in TypeScript, with the item version they were built from. Every item
 * write rebuilds the item's rows in its own transaction (app/search-staff/index-staff-item.ts);
 * items whose version differs (or that have no rows: written before the index, or by hand) are
 * stale, and `gongkai db backfill-staff-search` rebuilds them.
 */
import type { Queryable } from '../../db.ts';

/** What an item's staff search rows are built from. */
export type StaleItem = {
  id: number;
  version: number;
  title: string;
  docNumber: string;
  indexNumber: string;
  summary: string;
  keywords: string;
  bodyText: string;
};

/** Serialises backfills (two rebuilding the same item would collide on the primary key). */
const LOCK_KEY = 4_207_136;

/** Takes the rebuild lock for the rest of the transaction. */
export async function lockItemSearch(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
}

const SOURCE_COLUMNS = `i.id::int AS id, i.version, i.title, i.doc_number AS "docNumber",
  coalesce(i.index_number, '') AS "indexNumber", i.summary, i.keywords, i.body_text AS "bodyText"`;

/**
 * Stale items of an organ (null: of every organ), in id order, up to `limit`, locked. An item a
 * writer holds is skipped: its writer indexes it in the same transaction.
 */
export function listStaleItems(db: Queryable, organId: number | null, limit: number): Promise<StaleItem[]> {
  return db.query<StaleItem>(
    `SELECT ${SOURCE_COLUMNS}
     FROM items i
     WHERE ($1::int IS NULL OR i.organ_id = $1)
       AND NOT EXISTS (SELECT 1 FROM item_search s WHERE s.item_id = i.id AND s.chunk = 0 AND s.version = i.version)
     ORDER BY i.id LIMIT $2 FOR UPDATE OF i SKIP LOCKED`,
    [organId, limit],
  );
}

/** The searchable fields of the items given, as they are now in this transaction. */
export function listItemSearchSources(db: Queryable, ids: readonly number[]): Promise<StaleItem[]> {
  return db.query<StaleItem>(
    `SELECT ${SOURCE_COLUMNS} FROM items i WHERE i.id = ANY($1::bigint[]) ORDER BY i.id`,
    [ids],
  );
}

/** Replaces the rows of the items given (chunk 0 is the record, then body chunks). */
export async function replaceItemSearchRows(
  tx: Queryable,
  items: readonly { id: number; version: number; tokens: readonly string[] }[],
): Promise<void> {
  if (items.length === 0) {
    return;
  }
  await tx.query('DELETE FROM item_search WHERE item_id = ANY($1::bigint[])', [items.map((i) => i.id)]);
  const rows = items.flatMap((item) => item.tokens.map((tokens, chunk) => ({ item, chunk, tokens })));
  await tx.query(
    `INSERT INTO item_search (item_id, chunk, version, tokens)
     SELECT x.item_id, x.chunk, x.version, x.tokens::tsvector
     FROM unnest($1::bigint[], $2::int[], $3::int[], $4::text[]) AS x(item_id, chunk, version, tokens)`,
    [
      rows.map((r) => r.item.id),
      rows.map((r) => r.chunk),
      rows.map((r) => r.item.version),
      rows.map((r) => r.tokens),
    ],
  );
}
