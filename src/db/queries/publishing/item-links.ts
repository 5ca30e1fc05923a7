/**
 * What an item is linked to: its catalogue columns, its 解读 (both ways), its events, its versions.
 */
import { queryOne, type Queryable } from '../../db.ts';

/** Replaces the item's columns. */
export async function setItemColumns(
  tx: Queryable,
  itemId: number,
  columnIds: readonly number[],
): Promise<void> {
  await tx.query('DELETE FROM item_columns WHERE item_id = $1', [itemId]);
  for (const columnId of new Set(columnIds)) {
    await tx.query('INSERT INTO item_columns (item_id, column_id) VALUES ($1, $2)', [itemId, columnId]);
  }
}

/** The item's column ids. */
export async function itemColumnIds(db: Queryable, itemId: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    'SELECT column_id AS id FROM item_columns WHERE item_id = $1 ORDER BY 1',
    [itemId],
  );
  return rows.map((r) => r.id);
}

/** Replaces the documents a 解读 interprets. */
export async function setInterpretedDocuments(
  tx: Queryable,
  interpretationId: number,
  documentIds: readonly number[],
): Promise<void> {
  await tx.query('DELETE FROM item_relations WHERE interpretation_id = $1', [interpretationId]);
  for (const documentId of new Set(documentIds)) {
    await tx.query('INSERT INTO item_relations (document_id, interpretation_id) VALUES ($1, $2)', [
      documentId,
      interpretationId,
    ]);
  }
}

/** A linked item as the pages list it. */
export type LinkedItem = {
  id: number;
  title: string;
  status: string;
  kind: string;
  interpretationForm: string | null;
};

/** The 解读 of a document (`side = 'interpretations'`) or the documents of a 解读 (`'documents'`). */
export function linkedItems(
  db: Queryable,
  itemId: number,
  side: 'interpretations' | 'documents',
): Promise<LinkedItem[]> {
  const [mine, theirs] =
    side === 'interpretations' ? ['document_id', 'interpretation_id'] : ['interpretation_id', 'document_id'];
  return db.query<LinkedItem>(
    `SELECT i.id::int AS id, i.title, i.status, i.kind, i.interpretation_form AS "interpretationForm"
     FROM item_relations r JOIN items i ON i.id = r.${theirs} WHERE r.${mine} = $1 ORDER BY i.id`,
    [itemId],
  );
}

/**
 * `linkedItems` of several items in one query (a batch of a re-check); `of` is the item asked about.
 */
export function linkedItemsOfItems(
  db: Queryable,
  itemIds: readonly number[],
  side: 'interpretations' | 'documents',
): Promise<(LinkedItem & { of: number })[]> {
  const [mine, theirs] =
    side === 'interpretations' ? ['document_id', 'interpretation_id'] : ['interpretation_id', 'document_id'];
  return db.query<LinkedItem & { of: number }>(
    `SELECT r.${mine}::int AS of, i.id::int AS id, i.title, i.status, i.kind,
       i.interpretation_form AS "interpretationForm"
     FROM item_relations r JOIN items i ON i.id = r.${theirs} WHERE r.${mine} = ANY($1::bigint[])
     ORDER BY r.${mine}, i.id`,
    [itemIds],
  );
}

/** One event of the item's append-only log. */
export type ItemEventRow = {
  seq: number;
  at: Date;
  actorName: string;
  kind: string;
  data: Record<string, unknown>;
};

/** Appends an event (seq = next). */
export async function appendItemEvent(
  tx: Queryable,
  itemId: number,
  by: { accountId: number | null; name: string },
  kind: string,
  data: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO item_events (item_id, seq, at, actor_id, actor_name, kind, data)
     VALUES ($1, COALESCE((SELECT max(seq) FROM item_events WHERE item_id = $1), 0) + 1, $2, $3, $4, $5, $6::jsonb)`,
    [itemId, at, by.accountId, by.name, kind, JSON.stringify(data)],
  );
}

/** The item's events, oldest first. */
export function listItemEvents(db: Queryable, itemId: number): Promise<ItemEventRow[]> {
  return db.query<ItemEventRow>(
    `SELECT seq, at, actor_name AS "actorName", kind, data FROM item_events WHERE item_id = $1 ORDER BY seq`,
    [itemId],
  );
}

/** Records a published version. */
export async function insertItemVersion(
  tx: Queryable,
  itemId: number,
  number: number,
  at: Date,
  note: string,
  snapshot: Record<string, unknown>,
): Promise<void> {
  await tx.query(
    'INSERT INTO item_versions (item_id, number, published_at, note, snapshot) VALUES ($1, $2, $3, $4, $5::jsonb)',
    [itemId, number, at, note, JSON.stringify(snapshot)],
  );
}

/** A published version (newest first in lists). */
export type ItemVersionRow = { number: number; publishedAt: Date; note: string };

/** The item's published versions, newest first. */
export function listItemVersions(db: Queryable, itemId: number): Promise<ItemVersionRow[]> {
  return db.query<ItemVersionRow>(
    'SELECT number, published_at AS "publishedAt", note FROM item_versions WHERE item_id = $1 ORDER BY number DESC',
    [itemId],
  );
}

/** The id of an item with this 文号 key in the organ, other than `exceptId` (duplicates). */
export async function findItemByDocNumberKey(
  db: Queryable,
  organId: number,
  key: string,
  exceptId: number | null,
): Promise<number | null> {
  const row = await queryOne<{ id: number }>(
    db,
    `SELECT id::int AS id FROM items WHERE organ_id = $1 AND doc_number_key = $2 AND status <> 'withdrawn' AND id IS DISTINCT FROM $3 LIMIT 1`,
    [organId, key, exceptId],
  );
  return row?.id ?? null;
}

/** Which of these item ids exist published (for the broken-link check). */
export async function publishedItemIds(db: Queryable, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows = await db.query<{ id: number }>(
    `SELECT id::int AS id FROM items WHERE id = ANY($1::bigint[]) AND status = 'published'`,
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}
