/**
 * Loading the organ registry and what one person may see and manage in it. Loaded fresh for each
 * decision (organs move; no cache to go stale).
 */
import type { Queryable } from '../../db/db.ts';
import { listOrgans } from '../../db/queries/organs.ts';
import { can, organTree, organsWhere, type OrganTree } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { breadcrumbs, buildForest, flattenForest } from '../../domain/organs/tree.ts';
import type { OrganDeps } from './organ-deps.ts';

/** Every organ, the tree for the policy, and a lookup by id. */
export type OrganRegistry = { organs: Organ[]; tree: OrganTree; byId: ReadonlyMap<number, Organ> };

/** Every organ, with the tree the access policy needs. */
export async function loadOrganRegistry(db: Queryable): Promise<OrganRegistry> {
  const organs = await listOrgans(db);
  return { organs, tree: organTree(organs), byId: new Map(organs.map((o) => [o.id, o])) };
}

/** The organs the person works in or supervises (work.handle or audit.view), in registry order. */
export function workingOrgans(registry: OrganRegistry, actor: Actor | null): Organ[] {
  const ids = new Set([
    ...organsWhere(actor, 'work.handle', registry.tree),
    ...organsWhere(actor, 'audit.view', registry.tree),
  ]);
  return registry.organs.filter((o) => ids.has(o.id));
}

/**
 * The organ a page's `?organ=` text names among the person's working organs (any other text, or
 * none: the first of them), with the list for the page's organ switcher.
 * @example pickWorkingOrgan(registry, actor, '3').organ?.id // 3 when the person works there
 */
export function pickWorkingOrgan(
  registry: OrganRegistry,
  actor: Actor | null,
  organText: string | undefined,
): { organs: Organ[]; organ: Organ | null } {
  const organs = workingOrgans(registry, actor);
  return { organs, organ: organs.find((o) => String(o.id) === organText) ?? organs[0] ?? null };
}

/** One row of the organ list: the organ, its depth, whether the person manages it, its path. */
export type OrganListEntry = { organ: Organ; depth: number; canManage: boolean; path: string };

/** The organ list of one person. */
export type OrganTreeView = {
  entries: OrganListEntry[];
  /** Organs under which the person may add an organ (for the parent picker). */
  manageable: Organ[];
  /** Every organ in the registry (to name parents outside the person's view). */
  all: readonly Organ[];
};

/**
 * The organs `actor` may view, depth-first in tree order, with what they may manage.
 * @returns empty lists for someone who may view nothing
 */
export async function listOrganTree(deps: OrganDeps, actor: Actor | null): Promise<OrganTreeView> {
  const registry = await loadOrganRegistry(deps.db);
  const visible = new Set(organsWhere(actor, 'organ.view', registry.tree));
  const entries = flattenForest(buildForest(registry.organs, visible)).map(({ organ, depth }) => ({
    organ,
    depth,
    canManage: can(actor, 'organ.manage', organ.id, registry.tree),
    path: breadcrumbs(registry.organs, organ.id)
      .map((o) => o.shortName)
      .join(' / '),
  }));
  return {
    entries,
    manageable: entries.filter((e) => e.canManage).map((e) => e.organ),
    all: registry.organs,
  };
}
