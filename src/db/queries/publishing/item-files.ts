/** Attachments of items (附件): stored bytes, extracted text, hidden metadata found in them. */
import { queryOne, type Queryable } from '../../db.ts';

export type ItemFileRow = {
  id: number;
  itemId: number;
  position: number;
  name: string;
  mediaType: string;
  size: number;
  text: string;
  hiddenMetadata: { field: string; value: string }[];
};

const FILE_COLUMNS = `id::int AS id, item_id::int AS "itemId", position, name, media_type AS "mediaType", size, text,
  hidden_metadata AS "hiddenMetadata"`;

/** Stores an attachment after the item's others and returns its id. */
export async function insertItemFile(
  tx: Queryable,
  itemId: number,
  file: { name: string; mediaType: string; bytes: Uint8Array; text: string; hiddenMetadata: unknown[] },
  at: Date,
): Promise<number> {
  const row = await queryOne<{ id: number }>(
    tx,
    `INSERT INTO item_files (item_id, position, name, media_type, size, bytes, text, hidden_metadata, created_at)
     VALUES ($1, COALESCE((SELECT max(position) FROM item_files WHERE item_id = $1), 0) + 1, $2, $3, $4, $5, $6, $7::jsonb, $8)
     RETURNING id::int AS id`,
    [
      itemId,
      file.name,
      file.mediaType,
      file.bytes.length,
      file.bytes,
      file.text,
      JSON.stringify(file.hiddenMetadata),
      at,
    ],
  );
  return row!.id;
}

/** The item's attachments in order (without bytes). */
export function listItemFiles(db: Queryable, itemId: number): Promise<ItemFileRow[]> {
  return db.query<ItemFileRow>(
    `SELECT ${FILE_COLUMNS} FROM item_files WHERE item_id = $1 AND NOT removed ORDER BY position`,
    [itemId],
  );
}

/** The attachments of several items (without bytes), by item then position: one query for a batch. */
export function listFilesOfItems(db: Queryable, itemIds: readonly number[]): Promise<ItemFileRow[]> {
  return db.query<ItemFileRow>(
    `SELECT ${FILE_COLUMNS} FROM item_files WHERE item_id = ANY($1::bigint[]) AND NOT removed
     ORDER BY item_id, position`,
    [itemIds],
  );
}

/** One attachment with its bytes, or null. */
export async function findItemFile(
  db: Queryable,
  fileId: number,
): Promise<(ItemFileRow & { bytes: Uint8Array }) | null> {
  return queryOne<ItemFileRow & { bytes: Uint8Array }>(
    db,
    `SELECT ${FILE_COLUMNS}, bytes FROM item_files WHERE id = $1 AND NOT removed`,
    [fileId],
  );
}

/** Replaces an attachment's content (masking) or removes it. */
export async function updateItemFile(
  tx: Queryable,
  fileId: number,
  change: { bytes: Uint8Array; text: string; hiddenMetadata: unknown[] } | 'remove',
): Promise<void> {
  if (change === 'remove') {
    await tx.query('UPDATE item_files SET removed = true WHERE id = $1', [fileId]);
    return;
  }
  await tx.query(
    'UPDATE item_files SET bytes = $2, size = $3, text = $4, hidden_metadata = $5::jsonb WHERE id = $1',
    [fileId, change.bytes, change.bytes.length, change.text, JSON.stringify(change.hiddenMetadata)],
  );
}
