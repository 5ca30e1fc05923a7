/**
 * One organ as its page shows it: the organ, its path from the root, its children, whether the
 * person manages it, and where they could move it. Null when they may not see it (the page then
 * answers 404, exactly as for an id that does not exist).
 */
import type { Actor } from '../../domain/access/roles.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { breadcrumbs, compareSiblings, subtreeIds } from '../../domain/organs/tree.ts';
import { listOrganTree } from './load-organ-tree.ts';
import type { OrganDeps } from './organ-deps.ts';

/** An organ in a picker, indented by depth. */
export type OrganChoice = { id: number; name: string; depth: number };

/** What the organ page shows. */
export type OrganView = {
  organ: Organ;
  path: Organ[];
  subOrgans: Organ[];
  canManage: boolean;
  /** Organs the person manages that could become its parent (not itself, not below it, not the current parent). */
  moveTargets: OrganChoice[];
};

/** @returns the organ's page data, or null when `actor` may not view it */
export async function viewOrgan(
  deps: OrganDeps,
  actor: Actor | null,
  organId: number,
): Promise<OrganView | null> {
  const view = await listOrganTree(deps, actor);
  const entry = view.entries.find((e) => e.organ.id === organId);
  if (!entry) {
    return null;
  }
  const organ = entry.organ;
  const below = subtreeIds(view.all, organ.id);
  const moveTargets =
    organ.parentId === null || !entry.canManage
      ? []
      : view.entries
          .filter((e) => e.canManage && !below.has(e.organ.id) && e.organ.id !== organ.parentId)
          .map((e) => ({ id: e.organ.id, name: e.organ.name, depth: e.depth }));
  return {
    organ,
    path: breadcrumbs(view.all, organ.id),
    subOrgans: view.all.filter((o) => o.parentId === organ.id).sort(compareSiblings),
    canManage: entry.canManage,
    moveTargets,
  };
}

/** The organs under which `actor` may add an organ, in tree order with depth (the parent picker). */
export async function creatableParents(deps: OrganDeps, actor: Actor | null): Promise<OrganChoice[]> {
  const view = await listOrganTree(deps, actor);
  return view.entries
    .filter((e) => e.canManage)
    .map((e) => ({ id: e.organ.id, name: e.organ.name, depth: e.depth }));
}
