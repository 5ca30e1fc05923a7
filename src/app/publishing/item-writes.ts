/**
 * The one way the publishing use cases write an item row: the insert or the versioned update, then
 * the hook that keeps what is derived from the row's text current in the same transaction — the
 * staff search index (decision 036 as amended by 042). The public index is written separately by
 * publication and withdrawal (it holds published items only, with their files).
 * Lint keeps `insertItem` / `updateItem` of db/queries out of every other app module.
 */
import type { Queryable } from '../../db/db.ts';
import {
  insertItem,
  updateItem,
  type ItemFields,
  type ItemPatch,
} from '../../db/queries/publishing/items.ts';
import { indexStaffItems } from '../search-staff/index-staff-items.ts';

/**
 * What follows every item write in its transaction (also after bulk inserts such as an import).
 * @example await afterItemWrite(tx, [itemId])
 */
export async function afterItemWrite(tx: Queryable, itemIds: readonly number[]): Promise<void> {
  await indexStaffItems(tx, itemIds);
}

/**
 * Inserts a draft (insertItem) and runs the write hook.
 * @returns the new item's id
 */
export async function insertItemRow(
  tx: Queryable,
  organId: number,
  fields: ItemFields,
  by: { accountId: number; name: string },
  at: Date,
): Promise<number> {
  const itemId = await insertItem(tx, organId, fields, by, at);
  await afterItemWrite(tx, [itemId]);
  return itemId;
}

/**
 * Writes `patch` if the item is still at `version` (updateItem) and runs the write hook.
 * @returns false when someone else changed the item meanwhile (stale; nothing written)
 */
export async function updateItemRow(
  tx: Queryable,
  id: number,
  version: number,
  patch: ItemPatch,
  at: Date,
): Promise<boolean> {
  if (!(await updateItem(tx, id, version, patch, at))) {
    return false;
  }
  await afterItemWrite(tx, [id]);
  return true;
}
