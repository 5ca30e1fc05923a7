/**
 * Items (主动公开的政府信息): insert, read, optimistic update, 索引号 serials. SQL only; the rules
 * live in src/domain/publishing and src/app/publishing.
 */
import { queryOne, type Queryable } from '../../db.ts';
import { ITEM_COLUMNS, type ItemRow } from './item-rows.ts';

/** The fields a drafter writes (the metadata and the body). */
export type ItemFields = {
  kind: string;
  title: string;
  coOrgans: string;
  docNumber: string;
  docNumberKey: string;
  writtenOn: string | null;
  effectiveOn: string | null;
  formedOn: string;
  topic: string;
  genre: string;
  keywords: string;
  summary: string;
  bodyHtml: string;
  bodyText: string;
  interpretationForm: string | null;
  validity: string | null;
};

const FIELD_COLUMNS: Record<keyof ItemFields, string> = {
  kind: 'kind',
  title: 'title',
  coOrgans: 'co_organs',
  docNumber: 'doc_number',
  docNumberKey: 'doc_number_key',
  writtenOn: 'written_on',
  effectiveOn: 'effective_on',
  formedOn: 'formed_on',
  topic: 'topic',
  genre: 'genre',
  keywords: 'keywords',
  summary: 'summary',
  bodyHtml: 'body_html',
  bodyText: 'body_text',
  interpretationForm: 'interpretation_form',
  validity: 'validity',
};

/** Columns an update may set besides the fields. */
export type ItemPatch = Partial<ItemFields> & {
  status?: string;
  indexNumber?: string;
  scheduledAt?: Date | null;
  publishedAt?: Date;
  publishedVersion?: number;
  revisedAt?: Date;
  revisionNote?: string;
  withdrawnAt?: Date;
  withdrawnReason?: string;
  validityOn?: string | null;
  validityNote?: string;
  replacedBy?: number | null;
  acceptedWarnings?: unknown[];
  signedByDrafter?: boolean;
};

const PATCH_COLUMNS: Record<keyof ItemPatch, string> = {
  ...FIELD_COLUMNS,
  status: 'status',
  indexNumber: 'index_number',
  scheduledAt: 'scheduled_at',
  publishedAt: 'published_at',
  publishedVersion: 'published_version',
  revisedAt: 'revised_at',
  revisionNote: 'revision_note',
  withdrawnAt: 'withdrawn_at',
  withdrawnReason: 'withdrawn_reason',
  validityOn: 'validity_on',
  validityNote: 'validity_note',
  replacedBy: 'replaced_by',
  acceptedWarnings: 'accepted_warnings',
  signedByDrafter: 'signed_by_drafter',
};

/** Inserts a draft and returns its id. */
export async function insertItem(
  tx: Queryable,
  organId: number,
  fields: ItemFields,
  by: { accountId: number; name: string },
  at: Date,
): Promise<number> {
  const keys = Object.keys(FIELD_COLUMNS) as (keyof ItemFields)[];
  const columns = keys.map((k) => FIELD_COLUMNS[k]);
  const params = keys.map((k) => fields[k]);
  const placeholders = keys.map((_, i) => `$${i + 6}`);
  const row = await queryOne<{ id: number }>(
    tx,
    `INSERT INTO items (organ_id, status, drafted_by, drafted_by_name, created_at, updated_at, ${columns.join(', ')})
     VALUES ($1, $2, $3, $4, $5, $5, ${placeholders.join(', ')}) RETURNING id::int AS id`,
    [organId, 'draft', by.accountId, by.name, at, ...params],
  );
  return row!.id;
}

/** The item, or null. `forUpdate` locks the row until the transaction ends. */
export function findItem(db: Queryable, id: number, forUpdate = false): Promise<ItemRow | null> {
  return queryOne<ItemRow>(
    db,
    `SELECT ${ITEM_COLUMNS} FROM items i WHERE i.id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

/**
 * Writes `patch` if the item is still at `version`, bumping the version.
 * @returns false when someone else changed the item meanwhile (stale)
 */
export async function updateItem(
  tx: Queryable,
  id: number,
  version: number,
  patch: ItemPatch,
  at: Date,
): Promise<boolean> {
  const keys = (Object.keys(patch) as (keyof ItemPatch)[]).filter((k) => patch[k] !== undefined);
  const sets = keys.map((k, i) => `${PATCH_COLUMNS[k]} = $${i + 4}`);
  const params = keys.map((k) => (k === 'acceptedWarnings' ? JSON.stringify(patch[k]) : patch[k]));
  const rows = await tx.query(
    `UPDATE items SET version = version + 1, updated_at = $3${sets.map((s) => `, ${s}`).join('')}
     WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, at, ...params],
  );
  return rows.length === 1;
}

/**
 * The next 索引号 serial of an organ for a year. The row lock makes concurrent publications take
 * different serials; a serial is only lost to a rolled-back transaction, which published nothing
 * with it, so no published 索引号 is ever given twice.
 */
export async function nextIndexSerial(tx: Queryable, organId: number, year: number): Promise<number> {
  const row = await queryOne<{ v: number }>(
    tx,
    `INSERT INTO index_sequences (organ_id, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (organ_id, year) DO UPDATE SET last_value = index_sequences.last_value + 1
     RETURNING last_value AS v`,
    [organId, year],
  );
  return row!.v;
}

/** True when an item other than `exceptId` already has this 索引号 (imports keep old numbers). */
export async function isIndexNumberTaken(
  db: Queryable,
  indexNumber: string,
  exceptId: number | null,
): Promise<boolean> {
  const row = await queryOne(db, 'SELECT 1 FROM items WHERE index_number = $1 AND id IS DISTINCT FROM $2', [
    indexNumber,
    exceptId,
  ]);
  return row !== null;
}

/** Scheduled items whose time has come, locked and skipped by other processes (SKIP LOCKED). */
export async function claimDueScheduledItem(tx: Queryable, now: Date): Promise<ItemRow | null> {
  return queryOne<ItemRow>(
    tx,
    `SELECT ${ITEM_COLUMNS} FROM items i WHERE i.status = 'scheduled' AND i.scheduled_at <= $1
     ORDER BY i.scheduled_at, i.id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [now],
  );
}
