/**
 * 调整上级机构: moves an organ (with everything below it) under another parent. The person must
 * manage the organ and the new parent; the root never moves, and an organ never goes under its
 * own descendant (the tree stays a tree). One transaction under the tree lock, with the audit record.
 */
import { lockOrganTree } from '../../db/queries/organs.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { moveRefusal } from '../../domain/organs/tree.ts';
import { parseId } from './create-organ.ts';
import { loadOrganRegistry } from './load-organ-tree.ts';
import { auditActorOf, moveOrganAudited } from './organ-writes.ts';
import { FORBIDDEN, invalid, NOT_FOUND, type Result, STALE } from '../failures.ts';
import type { OrganDeps } from './organ-deps.ts';

/** The move form as submitted. */
export type MoveOrganInput = { organId: number; version: string | undefined; parentId: string | undefined };

/**
 * @returns the moved organ (`isChanged` false when the parent was already that one), or why not
 */
export async function moveOrgan(
  deps: OrganDeps,
  actor: Actor | null,
  input: MoveOrganInput,
): Promise<Result<{ organ: Organ; isChanged: boolean }, 'invalid' | 'stale' | 'forbidden' | 'not_found'>> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await lockOrganTree(tx);
    const registry = await loadOrganRegistry(tx);
    const before = registry.byId.get(input.organId);
    if (!before || !can(actor, 'organ.view', before.id, registry.tree)) {
      return NOT_FOUND;
    }
    const parentId = parseId(input.parentId);
    const parent = parentId === null ? undefined : registry.byId.get(parentId);
    if (
      !actor ||
      !can(actor, 'organ.manage', before.id, registry.tree) ||
      (parentId !== null && !can(actor, 'organ.manage', parentId, registry.tree))
    ) {
      return FORBIDDEN;
    }
    if (!parent) {
      return invalid({ parentId: '请选择新的上级机构' });
    }
    if (parseId(input.version) !== before.version) {
      return STALE;
    }
    if (parent.id === before.parentId) {
      return { ok: true as const, organ: before, isChanged: false };
    }
    const refusal = moveRefusal(registry.organs, before.id, parent.id);
    if (refusal) {
      return invalid({ parentId: refusal });
    }
    const oldParent = before.parentId === null ? null : (registry.byId.get(before.parentId) ?? null);
    const organ = await moveOrganAudited(tx, before, oldParent, parent, auditActorOf(actor), now, 'form');
    return organ === null ? STALE : { ok: true as const, organ, isChanged: true };
  });
}
