/**
 * Who may import an existing site's items into an organ. An import publishes without 审核 and
 * 签发 (the items were published already, on the old site), so it takes someone who may 签发 for
 * the organ (领导) or its 管理员 (decision 028).
 */
import type { Queryable } from '../../../db/db.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import type { Organ } from '../../../domain/organs/organ.ts';
import { rolesOnOrgan } from '../../cases/case-access.ts';
import { loadOrganRegistry } from '../../organs/load-organ-tree.ts';

/** May the person import into this organ? 领导 or 管理员 of the organ. */
export function mayImportItems(actor: Actor | null, organId: number): boolean {
  const roles = rolesOnOrgan(actor, organId);
  return roles.includes('approver') || roles.includes('admin');
}

/** The organs a person may import items into. */
export async function itemImportOrgans(db: Queryable, actor: Actor | null): Promise<Organ[]> {
  const registry = await loadOrganRegistry(db);
  return registry.organs.filter((o) => mayImportItems(actor, o.id));
}
