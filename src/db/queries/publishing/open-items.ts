/**
 * Published items for the open data API, the feeds, the sitemap and the items dataset: a page at a
 * time by keyset on (published_at, id), newest first — every query is answered from an index
 * (items_published, items_organ_published, item_columns), never by reading all items.
 */
import type { Queryable } from '../../db.ts';

/** The metadata of a published item (no body), as the API, feeds and dataset show it. */
export type OpenItemLine = {
  id: number;
  organId: number;
  kind: string;
  indexNumber: string | null;
  title: string;
  docNumber: string;
  writtenOn: string | null;
  effectiveOn: string | null;
  topic: string;
  genre: string;
  keywords: string;
  summary: string;
  validity: string | null;
  interpretationForm: string | null;
  publishedAt: Date;
  /** `published_at` in microseconds since the epoch (the keyset; a Date keeps only milliseconds). */
  publishedKey: string;
  revisedAt: Date | null;
  updatedAt: Date;
};

const d = (column: string, alias: string) => `to_char(i.${column}, 'YYYY-MM-DD') AS "${alias}"`;

const OPEN_LINE = `i.id::int AS id, i.organ_id AS "organId", i.kind, i.index_number AS "indexNumber", i.title,
  i.doc_number AS "docNumber", ${d('written_on', 'writtenOn')}, ${d('effective_on', 'effectiveOn')}, i.topic, i.genre,
  i.keywords, i.summary, i.validity, i.interpretation_form AS "interpretationForm", i.published_at AS "publishedAt",
  (extract(epoch FROM i.published_at) * 1000000)::bigint::text AS "publishedKey", i.revised_at AS "revisedAt", i.updated_at AS "updatedAt"`;

/** Which published items: every filter is optional (null); `columnIds` needs `organId`. */
export type OpenItemFilter = {
  organId: number | null;
  kind: string | null;
  validity: string | null;
  /** Publication year (Beijing time). */
  year: number | null;
  /** The column and its children; with `lapsedKinds`, the organ's out-of-force items of those kinds too. */
  columnIds: readonly number[] | null;
  lapsedKinds: readonly string[];
};

/** Where a page starts: after this item of the previous page (keyset), or at an offset. */
export type OpenItemPage = {
  after: { publishedKey: string; id: number } | null;
  offset: number;
  limit: number;
};

/**
 * A page of published items, newest first.
 * @example await listOpenItems(db, { organId: 1, kind: null, validity: null, year: null, columnIds: null, lapsedKinds: [] }, { after: null, offset: 0, limit: 20 })
 */
export function listOpenItems(
  db: Queryable,
  filter: OpenItemFilter,
  page: OpenItemPage,
): Promise<OpenItemLine[]> {
  const yearStart = filter.year === null ? null : `${filter.year}-01-01T00:00:00+08:00`;
  const yearEnd = filter.year === null ? null : `${filter.year + 1}-01-01T00:00:00+08:00`;
  return db.query<OpenItemLine>(
    `SELECT ${OPEN_LINE} FROM items i
     WHERE i.status = 'published'
       AND ($1::int IS NULL OR i.organ_id = $1)
       AND ($2::text IS NULL OR i.kind = $2)
       AND ($3::text IS NULL OR i.validity = $3)
       AND ($4::timestamptz IS NULL OR (i.published_at >= $4 AND i.published_at < $5::timestamptz))
       AND ($6::int[] IS NULL OR i.id IN (SELECT item_id FROM item_columns WHERE column_id = ANY($6::int[]))
            OR (i.kind = ANY($7::text[]) AND i.validity IN ('repealed', 'lapsed')))
       AND ($8::bigint IS NULL OR (i.published_at, i.id) < ('epoch'::timestamptz + $8::bigint * interval '1 microsecond', $9::int))
     ORDER BY i.published_at DESC, i.id DESC OFFSET $10 LIMIT $11`,
    [
      filter.organId,
      filter.kind,
      filter.validity,
      yearStart,
      yearEnd,
      filter.columnIds === null ? null : [...filter.columnIds],
      [...filter.lapsedKinds],
      page.after?.publishedKey ?? null,
      page.after?.id ?? 0,
      page.offset,
      page.limit,
    ],
  );
}

/**
 * Published items by id (ascending) after `afterId`, for the dataset and the sitemap: a primary
 * key range scan, `limit` rows at a time.
 */
export function listOpenItemsById(db: Queryable, afterId: number, limit: number): Promise<OpenItemLine[]> {
  return db.query<OpenItemLine>(
    `SELECT ${OPEN_LINE} FROM items i WHERE i.id > $1 AND i.status = 'published' ORDER BY i.id LIMIT $2`,
    [afterId, limit],
  );
}

/** Every published item's id, organ and last change (for the sitemap), by id. */
export function listPublishedItemKeys(
  db: Queryable,
): Promise<{ id: number; organId: number; updatedAt: Date }[]> {
  return db.query<{ id: number; organId: number; updatedAt: Date }>(
    `SELECT id::int AS id, organ_id AS "organId", updated_at AS "updatedAt" FROM items WHERE status = 'published' ORDER BY id`,
  );
}
