/**
 * Which accounts an actor may see and change, from `can(actor, 'account.manage', …)`:
 * - see: the account holds a role on an organ the actor manages (role-less accounts: only
 *   someone who manages every organ);
 * - change roles: only on organs the actor manages; grants elsewhere stay untouched;
 * - change the account itself (姓名, 停用, 重置密码): only when the actor manages every organ the
 *   account holds a role on — otherwise a district admin could lock out a city official;
 * - nobody disables or re-roles themselves here (no accidental self-lockout).
 */
import type { AccountSummary } from '../../../db/queries/accounts.ts';
import { organsWhere, type OrganTree } from '../../../domain/access/policy.ts';
import type { Actor, RoleGrant } from '../../../domain/access/roles.ts';

/** The organs an actor manages accounts on; `managesAll` when that is every organ. */
export type AccountAccess = { managed: ReadonlySet<number>; managesAll: boolean };

/** The organs on which `actor` manages accounts. */
export function accountAccess(actor: Actor, tree: OrganTree): AccountAccess {
  const managed = new Set(organsWhere(actor, 'account.manage', tree));
  return { managed, managesAll: managed.size > 0 && managed.size === tree.parentOf.size };
}

/** May the actor see this account at all? */
export function canSeeAccount(access: AccountAccess, roles: readonly RoleGrant[]): boolean {
  return roles.length === 0 ? access.managesAll : roles.some((r) => access.managed.has(r.organId));
}

/** May the actor change the account's own fields (name, disabled, password reset)? */
export function canChangeAccountItself(access: AccountAccess, roles: readonly RoleGrant[]): boolean {
  return canSeeAccount(access, roles) && roles.every((r) => access.managed.has(r.organId));
}

/** What the audit trail records about an account: never the password or its hash. */
export type AccountSnapshot = {
  username: string;
  displayName: string;
  isDisabled: boolean;
  mustChangePassword: boolean;
  roles: Array<{ organId: number; organ: string; role: string }>;
};

/** Builds the audit snapshot of an account. */
export function accountSnapshot(
  account: Pick<AccountSummary, 'username' | 'displayName' | 'isDisabled' | 'mustChangePassword'>,
  roles: readonly RoleGrant[],
  nameOf: (id: number) => string,
): AccountSnapshot {
  return {
    username: account.username,
    displayName: account.displayName,
    isDisabled: account.isDisabled,
    mustChangePassword: account.mustChangePassword,
    roles: [...roles]
      .sort((a, b) => a.organId - b.organId || a.role.localeCompare(b.role))
      .map((r) => ({ organId: r.organId, organ: nameOf(r.organId), role: r.role })),
  };
}
