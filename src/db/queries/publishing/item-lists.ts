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

/** The organ's items in the given statuses, newest change first. */
export function listStaffItems(
  db: Queryable,
  organId: number,
  statuses: readonly string[],
  limit = 200,
): Promise<ItemLine[]> {
  return db.query<ItemLine>(
    `SELECT ${LINE} FROM items i WHERE i.organ_id = $1 AND i.status = ANY($2::text[]) ORDER BY i.updated_at DESC, i.id DESC LIMIT $3`,
    [organId, statuses, limit],
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

/** A page of a column's published items, newest first, and the total. */
export async function listColumnItems(
  db: Queryable,
  columnIds: readonly number[],
  lapsedKinds: readonly string[],
  organId: number,
  page: { offset: number; limit: number },
): Promise<{ total: number; lines: ItemLine[] }> {
  const where = `i.status = 'published' AND (i.id IN (SELECT item_id FROM item_columns WHERE column_id = ANY($1::int[]))
    OR (i.organ_id = $2 AND i.kind = ANY($3::text[]) AND i.validity IN ('repealed', 'lapsed')))`;
  const total = await queryOne<{ n: number }>(db, `SELECT count(*)::int AS n FROM items i WHERE ${where}`, [
    columnIds,
    organId,
    lapsedKinds,
  ]);
  const lines = await db.query<ItemLine>(
    `SELECT ${LINE} FROM items i WHERE ${where} ORDER BY i.published_at DESC, i.id DESC OFFSET $4 LIMIT $5`,
    [columnIds, organId, lapsedKinds, page.offset, page.limit],
  );
  return { total: total?.n ?? 0, lines };
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
