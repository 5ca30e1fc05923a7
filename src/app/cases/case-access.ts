/**
 * Who may see and work a case. Cases belong to an organ: its 公开专员/审核人/领导 and 管理员 work
 * them (roles on that organ); 管理员 and 上级监督 of an organ above read them. Everyone else gets
 * "not found" — a guessed id reveals nothing.
 */
import { can, type OrganTree } from '../../domain/access/policy.ts';
import type { Actor, Role } from '../../domain/access/roles.ts';

/** True when the actor may open the case page of a case of `organId`. */
export function canViewCase(actor: Actor | null, organId: number, tree: OrganTree): boolean {
  return can(actor, 'work.handle', organId, tree) || can(actor, 'audit.view', organId, tree);
}

/** The actor's roles on the case's own organ (what the transition table checks). */
export function rolesOnOrgan(actor: Actor | null, organId: number): Role[] {
  if (!actor || actor.mustChangePassword) {
    return [];
  }
  return actor.roles.filter((g) => g.organId === organId).map((g) => g.role);
}
