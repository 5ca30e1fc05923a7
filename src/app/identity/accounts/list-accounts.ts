/** Reading accounts for the back office: the list, and one account with what the actor may do to it. */
import {
  listAccountSummaries,
  listRoles,
  findAccountById,
  type AccountSummary,
  type OrganRef,
} from '../../../db/queries/accounts.ts';
import type { Queryable } from '../../../db/db.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import { loadOrganScope, organsInTreeOrder, type OrganScope } from '../organ-scope.ts';
import { accountAccess, canChangeAccountItself, canSeeAccount } from './account-access.ts';

/** The accounts page: visible accounts, organ names, whether 新建账号 is offered. */
export type AccountList = { accounts: AccountSummary[]; scope: OrganScope; canCreate: boolean };

/** The accounts the actor may see (roles on organs they manage). */
export async function listVisibleAccounts(db: Queryable, actor: Actor): Promise<AccountList> {
  const scope = await loadOrganScope(db);
  const access = accountAccess(actor, scope.tree);
  const accounts = (await listAccountSummaries(db)).filter((a) => canSeeAccount(access, a.roles));
  return { accounts, scope, canCreate: access.managed.size > 0 };
}

/** The organs the actor may grant roles on, in tree order (for the role matrix). */
export function grantableOrgans(actor: Actor, scope: OrganScope): Array<OrganRef & { depth: number }> {
  const access = accountAccess(actor, scope.tree);
  return organsInTreeOrder(scope.organs).filter((o) => access.managed.has(o.id));
}

/** One account as the edit page needs it. */
export type AccountView = {
  account: AccountSummary;
  scope: OrganScope;
  /** Organs whose grants the actor may edit. */
  grantable: Array<OrganRef & { depth: number }>;
  /** Grants on organs the actor does not manage (shown, not editable). */
  otherGrants: AccountSummary['roles'];
  canChangeItself: boolean;
  isSelf: boolean;
};

/** One account as the actor may see it, or null (unknown or not visible: the same answer). */
export async function viewAccount(
  db: Queryable,
  actor: Actor,
  accountId: number,
): Promise<AccountView | null> {
  const row = await findAccountById(db, accountId);
  if (!row) {
    return null;
  }
  const scope = await loadOrganScope(db);
  const access = accountAccess(actor, scope.tree);
  const roles = await listRoles(db, accountId);
  if (!canSeeAccount(access, roles)) {
    return null;
  }
  return {
    account: {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      mustChangePassword: row.mustChangePassword,
      isDisabled: row.isDisabled,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      version: row.version,
      roles,
    },
    scope,
    grantable: grantableOrgans(actor, scope),
    otherGrants: roles.filter((r) => !access.managed.has(r.organId)),
    canChangeItself: canChangeAccountItself(access, roles),
    isSelf: actor.accountId === accountId,
  };
}
