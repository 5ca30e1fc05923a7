/**
 * The organ tree as the access policy needs it, loaded fresh for each decision (organs can move;
 * no cache to go stale), plus the organ names for pickers and lists.
 */
import type { Queryable } from '../../db/db.ts';
import { listOrganRefs, type OrganRef } from '../../db/queries/accounts.ts';
import { organTree, type OrganTree } from '../../domain/access/policy.ts';
import type { RoleGrant } from '../../domain/access/roles.ts';

/** The organ tree, the organs, and a name lookup. */
export type OrganScope = { tree: OrganTree; organs: OrganRef[]; nameOf: (id: number | null) => string };

/** Loads every organ and builds the tree. */
export async function loadOrganScope(db: Queryable): Promise<OrganScope> {
  const organs = await listOrganRefs(db);
  const names = new Map(organs.map((o) => [o.id, o.name]));
  return {
    tree: organTree(organs),
    organs,
    nameOf: (id) => (id === null ? '—' : (names.get(id) ?? `机构 ${id}`)),
  };
}

/** How many steps from the root (cycles end the walk). */
export function organDepth(tree: OrganTree, organId: number): number {
  let depth = 0;
  const seen = new Set<number>();
  for (
    let current = tree.parentOf.get(organId);
    current !== null && current !== undefined && !seen.has(current);
    current = tree.parentOf.get(current)
  ) {
    seen.add(current);
    depth += 1;
  }
  return depth;
}

/**
 * The organ an account's audit records are filed under: the one of its grants nearest the root
 * (ties: the lower id), or null for an account without roles.
 */
export function primaryOrgan(grants: readonly RoleGrant[], tree: OrganTree): number | null {
  let best: { id: number; depth: number } | null = null;
  for (const g of grants) {
    const depth = organDepth(tree, g.organId);
    if (!best || depth < best.depth || (depth === best.depth && g.organId < best.id)) {
      best = { id: g.organId, depth };
    }
  }
  return best?.id ?? null;
}

/** Organs in tree order (each parent before its children) with their depth, for indented pickers. */
export function organsInTreeOrder(organs: readonly OrganRef[]): Array<OrganRef & { depth: number }> {
  const children = new Map<number | null, OrganRef[]>();
  const ids = new Set(organs.map((o) => o.id));
  for (const o of organs) {
    const parent = o.parentId !== null && ids.has(o.parentId) ? o.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  const out: Array<OrganRef & { depth: number }> = [];
  const placed = new Set<number>();
  const visit = (parent: number | null, depth: number) => {
    for (const o of children.get(parent) ?? []) {
      if (!placed.has(o.id)) {
        placed.add(o.id);
        out.push({ ...o, depth });
        visit(o.id, depth + 1);
      }
    }
  };
  visit(null, 0);
  return out;
}
