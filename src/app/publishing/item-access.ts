/**
 * Who may see and work an item before publication: the organ's 公开专员/审核人/领导 and 管理员 (roles
 * on the organ), and 管理员/上级监督 above it (read). Everyone else gets "not found".
 */
import type { Queryable } from '../../db/db.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { itemRefusal } from '../../domain/publishing/transitions.ts';
import type { ItemKind, ItemStatus } from '../../domain/publishing/vocabulary.ts';
import { canViewCase, rolesOnOrgan } from '../cases/case-access.ts';
import { NOT_FOUND, refused, type Failure } from '../failures.ts';
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

/**
 * The item, locked, if the actor may edit it now (the item table's `edit` rule: its status and the
 * actor's roles on its organ); else "not found" (not visible) or the table's refusal. The version
 * check stays with the caller (some check it first, some through `updateItemRow`).
 */
export async function loadItemForEdit(
  tx: Queryable,
  actor: Actor,
  id: number,
): Promise<LoadedItem | Failure<'not_found' | 'refused'>> {
  const loaded = await loadItemFor(tx, actor, id, true);
  if (loaded === null) {
    return NOT_FOUND;
  }
  const { row } = loaded;
  const facts = { status: row.status as ItemStatus, kind: row.kind as ItemKind, draftedBy: row.draftedBy };
  const refusal = itemRefusal('edit', rolesOnOrgan(actor, row.organId), facts, {
    accountId: actor.accountId,
    drafterMaySign: false,
  });
  return refusal === null ? loaded : refused(refusal);
}
