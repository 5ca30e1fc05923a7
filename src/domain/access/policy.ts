/**
 * Who may do what where. Pure: decisions are made from the actor's role grants and the organ
 * tree; the server calls these on every request (never trust a form field or a URL).
 *
 * - 管理员 (admin) on an organ: manages that organ and its whole subtree (organs, accounts and
 *   their roles, audit log), and sees everything in it.
 * - 上级监督 (supervisor): reads the whole subtree; changes nothing.
 * - 公开专员 / 审核人 / 领导 (handler / reviewer / approver): work in that organ only.
 */
import { ROLES, type Actor, type Role } from './roles.ts';

/** The organ tree as a parent map. */
export type OrganTree = { readonly parentOf: ReadonlyMap<number, number | null> };

/** Builds the tree from rows. */
export function organTree(rows: Iterable<{ id: number; parentId: number | null }>): OrganTree {
  return { parentOf: new Map([...rows].map((r) => [r.id, r.parentId])) };
}

/** True when `organId` is `ancestorId` or below it. Cycles (bad data) end the walk. */
export function isWithin(tree: OrganTree, organId: number, ancestorId: number): boolean {
  const seen = new Set<number>();
  for (
    let current: number | null | undefined = organId;
    current !== null && current !== undefined;
    current = tree.parentOf.get(current)
  ) {
    if (current === ancestorId) {
      return true;
    }
    if (seen.has(current)) {
      return false;
    }
    seen.add(current);
  }
  return false;
}

export type Action =
  | 'organ.view' // see the organ in the back office
  | 'organ.manage' // create/edit organs under it, import/export
  | 'account.manage' // create accounts, grant roles on it
  | 'audit.view'
  | 'work.handle'; // day-to-day work in the organ (cases, publications, reports)

const SUBTREE_ROLES: Record<Action, readonly Role[]> = {
  'organ.view': ['admin', 'supervisor'],
  'organ.manage': ['admin'],
  'account.manage': ['admin'],
  'audit.view': ['admin', 'supervisor'],
  'work.handle': [],
};
const OWN_ORGAN_ROLES: Record<Action, readonly Role[]> = {
  'organ.view': ['handler', 'reviewer', 'approver'],
  'organ.manage': [],
  'account.manage': [],
  'audit.view': [],
  'work.handle': ['handler', 'reviewer', 'approver', 'admin'],
};

/**
 * May `actor` do `action` on `organId`?
 * @example can(actor, 'organ.manage', townId, tree) // true for an admin of the district above it
 */
export function can(actor: Actor | null, action: Action, organId: number, tree: OrganTree): boolean {
  if (!actor || actor.mustChangePassword) {
    return false;
  }
  return actor.roles.some(
    (g) =>
      (OWN_ORGAN_ROLES[action].includes(g.role) && g.organId === organId) ||
      (SUBTREE_ROLES[action].includes(g.role) && isWithin(tree, organId, g.organId)),
  );
}

/**
 * The roles that allow `action` on some organ (own organ or subtree), in ROLES order — what a
 * refusal names ("此页面需要“管理员”角色").
 * @example rolesAllowing('audit.view') // ['admin', 'supervisor']
 */
export function rolesAllowing(action: Action): Role[] {
  return ROLES.filter((r) => SUBTREE_ROLES[action].includes(r) || OWN_ORGAN_ROLES[action].includes(r));
}

/**
 * May `actor` do `action` on at least one organ? Without the tree: every grant covers its own
 * organ, so this is `organsWhere(actor, action, tree).length > 0` for grants on existing organs.
 * @example canSomewhere(handlerOfEducation, 'audit.view') // false
 */
export function canSomewhere(actor: Actor | null, action: Action): boolean {
  if (!actor || actor.mustChangePassword) {
    return false;
  }
  const allowing = rolesAllowing(action);
  return actor.roles.some((g) => allowing.includes(g.role));
}

/** Every organ on which `actor` may do `action` (for lists and pickers). */
export function organsWhere(actor: Actor | null, action: Action, tree: OrganTree): number[] {
  return [...tree.parentOf.keys()].filter((id) => can(actor, action, id, tree));
}

/** True when the actor holds any role at all (may enter the back office). */
export function isStaff(actor: Actor | null): boolean {
  return actor !== null && actor.roles.length > 0;
}
