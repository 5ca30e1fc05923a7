/**
 * The steps a person sees but may not take: the actions of the transition table that the case's
 * current state allows and the person's roles (on the case's organ) do not, grouped by the roles
 * that may take them — so a case page can say 「「审核通过」「审核退回」需要“审核人”角色」 instead of
 * showing nothing (issue 8 item 14).
 */
import { ROLES, type Role } from '../access/roles.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import type { CaseFile } from './case-file.ts';
import { CASE_ACTIONS, CASE_TRANSITIONS, type ActionRule, type CaseAction } from './transitions.ts';

/** Actions that need one set of roles. */
export type RolesNeeded = { roles: Role[]; actions: { action: CaseAction; label: string }[] };

/**
 * The actions open now in `file` (state and guard) that `roles` do not allow, grouped by the roles
 * that do (in table order). Actions allowed in any state (登记文书送达) are left out: they are never
 * the next step.
 * @example rolesNeeded(['admin'], inReviewFile, today)[0] // { roles: ['reviewer'], actions: [审核通过, 审核退回] }
 */
export function rolesNeeded(roles: readonly Role[], file: CaseFile, today: LocalDate): RolesNeeded[] {
  const groups = new Map<string, RolesNeeded>();
  for (const action of CASE_ACTIONS) {
    const rule: ActionRule = CASE_TRANSITIONS[action];
    if (
      rule.from === 'any' ||
      !rule.from.includes(file.status) ||
      rule.roles.some((r) => roles.includes(r)) ||
      rule.guard?.(file, today)
    ) {
      continue;
    }
    const needed = ROLES.filter((r) => rule.roles.includes(r));
    const key = needed.join(',');
    const group = groups.get(key) ?? { roles: needed, actions: [] };
    group.actions.push({ action, label: rule.label });
    groups.set(key, group);
  }
  return [...groups.values()];
}
