/**
 * Lists of items: the staff's (by status, with the 第二十六条 facts) and the portal's (published
 * only, newest first, keyset-free offset paging — columns are short).
 */
import { queryOne, type Queryable } from '../../db.ts';
import { ITEM_COLUMNS, type ItemRow } from './item-rows.ts';

/** A line of a list (no body). */
export type ItemLine = Pick<
  ItemRow,
  | 'id'
  | 'kind'
  | 'status'
  | 'indexNumber'
  | 'title'
  | 'docNumber'
  | 'formedOn'
  | 'publishedAt'
  | 'scheduledAt'
  | 'validity'
  | 'draftedByName'
  | 'updatedAt'
  | 'writtenOn'
>;

const LINE = `i.id::int AS id, i.kind, i.status, i.index_number AS "indexNumber", i.title, i.doc_number AS "docNumber",
  to_char(i.formed_on, 'YYYY-MM-DD') AS "formedOn", to_char(i.written_on, 'YYYY-MM-DD') AS "writtenOn",
  i.published_at AS "publishedAt", i.scheduled_at AS "scheduledAt", i.validity,
  i.drafted_by_name AS "draftedByName", i.updated_at AS "updatedAt"`;

/**
 * The organ's items in the given statuses, newest change first; with `textQuery` (a tsquery literal
 * of src/domain/search/query.ts) only those whose staff search rows match it (decision 036; the
 * caller brings item_search up to date first).
 */
export function listStaffItems(
  db: Queryable,
  organId: number,
  statuses: readonly string[],
  limit = 200,
  textQuery: string | null = null,
): Promise<ItemLine[]> {
  const text =
    textQuery === null
      ? ''
      : 'AND i.id IN (SELECT s.item_id FROM item_search s WHERE s.tokens @@ $4::tsquery)';
  return db.query<ItemLine>(
    `SELECT ${LINE} FROM items i WHERE i.organ_id = $1 AND i.status = ANY($2::text[]) ${text}
     ORDER BY i.updated_at DESC, i.id DESC LIMIT $3`,
    textQuery === null ? [organId, statuses, limit] : [organId, statuses, limit, textQuery],
  );
}

/** How many items the organ has per status. */
export async function countItemsByStatus(db: Queryable, organId: number): Promise<Record<string, number>> {
  const rows = await db.query<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM items WHERE organ_id = $1 GROUP BY status',
    [organId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** A page of a column's published items, newest first, and the total (one query: the total rides along). */
export async function listColumnItems(
  db: Queryable,
  columnIds: readonly number[],
  lapsedKinds: readonly string[],
  organId: number,
  page: { offset: number; limit: number },
): Promise<{ total: number; lines: ItemLine[] }> {
  // the column's links (∪ the organ's out-of-force items of these kinds, for the 废止和失效 columns):
  // index scans on item_columns and items, never a scan of all items
  const ids =
    lapsedKinds.length === 0
      ? 'SELECT item_id FROM item_columns WHERE column_id = ANY($1::int[])'
      : `SELECT item_id FROM item_columns WHERE column_id = ANY($1::int[])
         UNION SELECT id FROM items WHERE organ_id = $2 AND kind = ANY($3::text[]) AND validity IN ('repealed', 'lapsed')`;
  const rows = await db.query<ItemLine & { total: number }>(
    `SELECT ${LINE}, count(*) OVER ()::int AS total FROM items i
     WHERE i.status = 'published' AND i.id IN (${ids})
       -- $2 and $3 are typed even when the union is left out (PostgreSQL refuses untyped unused parameters)
       AND $2::int IS NOT NULL AND $3::text[] IS NOT NULL
     ORDER BY i.published_at DESC, i.id DESC OFFSET $4 LIMIT $5`,
    [columnIds, organId, lapsedKinds, page.offset, page.limit],
  );
  if (rows.length === 0 && page.offset > 0) {
    const all = await listColumnItems(db, columnIds, lapsedKinds, organId, { offset: 0, limit: 1 });
    return { total: all.total, lines: [] };
  }
  return { total: rows[0]?.total ?? 0, lines: rows.map(({ total: _total, ...line }) => line) };
}

/** An organ's published 规章/规范性文件 for the library page, filtered by 有效性 and year. */
export function listLibrary(
  db: Queryable,
  organId: number,
  filter: { validity: string | null; year: number | null },
): Promise<ItemLine[]> {
  return db.query<ItemLine>(
    `SELECT ${LINE} FROM items i WHERE i.organ_id = $1 AND i.status = 'published' AND i.kind IN ('normative', 'rule')
       AND ($2::text IS NULL OR i.validity = $2) AND ($3::int IS NULL OR extract(year FROM i.written_on) = $3)
     ORDER BY i.written_on DESC NULLS LAST, i.id DESC LIMIT 500`,
    [organId, filter.validity, filter.year],
  );
}

/** The full published item for the portal, or null. */
export function findPublicItem(db: Queryable, id: number): Promise<ItemRow | null> {
  return queryOne<ItemRow>(
    db,
    `SELECT ${ITEM_COLUMNS} FROM items i WHERE i.id = $1 AND i.status IN ('published', 'withdrawn')`,
    [id],
  );
}

/** Published items per column of the organ (column id → count), with 废止和失效 derived per kind. */
export async function countPublishedByColumn(db: Queryable, organId: number): Promise<Map<number, number>> {
  const rows = await db.query<{ id: number; n: number }>(
    `SELECT c.id, count(i.id)::int AS n FROM catalogue_columns c
     JOIN item_columns ic ON ic.column_id = c.id JOIN items i ON i.id = ic.item_id AND i.status = 'published'
     WHERE c.organ_id = $1 GROUP BY c.id`,
    [organId],
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Published out-of-force items of the organ per kind (for the 废止和失效 columns). */
export async function countOutOfForce(db: Queryable, organId: number): Promise<Map<string, number>> {
  const rows = await db.query<{ kind: string; n: number }>(
    `SELECT kind, count(*)::int AS n FROM items WHERE organ_id = $1 AND status = 'published' AND validity IN ('repealed', 'lapsed') GROUP BY kind`,
    [organId],
  );
  return new Map(rows.map((r) => [r.kind, r.n]));
}

/** The organ's items of these kinds and statuses (titles for pickers), newest first. */
export function listItemTitles(
  db: Queryable,
  organId: number,
  kinds: readonly string[],
  statuses: readonly string[],
): Promise<{ id: number; title: string }[]> {
  return db.query<{ id: number; title: string }>(
    `SELECT id::int AS id, title FROM items WHERE organ_id = $1 AND kind = ANY($2::text[]) AND status = ANY($3::text[])
     ORDER BY updated_at DESC LIMIT 300`,
    [organId, kinds, statuses],
  );
}
