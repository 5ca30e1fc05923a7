/**
 * Who may see and work an item before publication: the organ's 公开专员/审核人/领导 and 管理员 (roles
 * on the organ), and 管理员/上级监督 above it (read). Everyone else gets "not found".
 */
import type { Queryable } from '../../db/db.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { canViewCase } from '../cases/case-access.ts';
import { loadOrganRegistry, type OrganRegistry } from '../organs/load-organ-tree.ts';

export type LoadedItem = { row: ItemRow; registry: OrganRegistry };

/** Reads a positive integer id from a URL or form; null otherwise. */
export function parseItemId(text: string | undefined): number | null {
  return text !== undefined && /^[1-9]\d{0,14}$/.test(text) ? Number(text) : null;
}

/** The item if the actor may see it (staff side), else null. `forUpdate` locks it (writers). */
export async function loadItemFor(
  db: Queryable,
  actor: Actor | null,
  id: number,
  forUpdate = false,
): Promise<LoadedItem | null> {
  const row = await findItem(db, id, forUpdate);
  if (row === null) {
    return null;
  }
  const registry = await loadOrganRegistry(db);
  return canViewCase(actor, row.organId, registry.tree) ? { row, registry } : null;
}
