/**
 * 修改账号: name, disabled, and the roles on organs the actor manages — carrying the version the
 * form was built from (a stale submit is refused). Disabling ends the account's sessions.
 * Every organ id in the form is checked on the server; one outside the actor's organs is a 403.
 */
import { appendAudit } from '../../../db/queries/audit.ts';
import { findAccountById, listRoles, replaceRolesIn, updateAccount } from '../../../db/queries/accounts.ts';
import { deleteAccountSessions } from '../../../db/queries/sessions.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import type { IdentityDeps } from '../deps.ts';
import { loadOrganScope, primaryOrgan } from '../organ-scope.ts';
import { accountAccess, accountSnapshot, canChangeAccountItself, canSeeAccount } from './account-access.ts';
import type { UpdateAccountInput } from './account-forms.ts';
import { FORBIDDEN, invalid, NOT_FOUND, type Result, STALE } from '../../failures.ts';

const sameGrants = (
  a: readonly { organId: number; role: string }[],
  b: readonly { organId: number; role: string }[],
) => a.length === b.length && a.every((g) => b.some((h) => h.organId === g.organId && h.role === g.role));

/** Saves the account form. */
export async function updateAccountDetails(
  deps: IdentityDeps,
  actor: Actor,
  accountId: number,
  input: UpdateAccountInput,
): Promise<Result<{ changed: boolean }, 'invalid' | 'stale' | 'forbidden' | 'not_found'>> {
  const scope = await loadOrganScope(deps.db);
  const access = accountAccess(actor, scope.tree);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await findAccountById(tx, accountId);
    const before = row ? await listRoles(tx, accountId) : [];
    if (!row || !canSeeAccount(access, before)) {
      return NOT_FOUND;
    }
    if (input.grants.some((g) => !access.managed.has(g.organId))) {
      return FORBIDDEN;
    }
    const after = [...before.filter((g) => !access.managed.has(g.organId)), ...input.grants];
    const isSelf = actor.accountId === accountId;
    const touchesItself = input.displayName !== row.displayName || input.isDisabled !== row.isDisabled;
    if (touchesItself && !canChangeAccountItself(access, before)) {
      return FORBIDDEN;
    }
    if (isSelf && input.isDisabled) {
      return invalid({ isDisabled: '不能停用自己的账号。' });
    }
    if (isSelf && !sameGrants(before, after)) {
      return invalid({ grants: '不能修改自己的角色，请由其他管理员操作。' });
    }
    if (after.length === 0) {
      return invalid({ grants: '账号至少需要保留一个角色；如不再使用，请勾选“停用此账号”。' });
    }
    if (!touchesItself && sameGrants(before, after)) {
      return row.version === input.version ? { ok: true, changed: false } : STALE;
    }
    if (
      !(await updateAccount(
        tx,
        accountId,
        input.version,
        { displayName: input.displayName, isDisabled: input.isDisabled },
        now,
      ))
    ) {
      return STALE;
    }
    await replaceRolesIn(tx, accountId, [...access.managed], input.grants);
    if (input.isDisabled && !row.isDisabled) {
      await deleteAccountSessions(tx, accountId);
    }
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: primaryOrgan(after, scope.tree) ?? primaryOrgan(before, scope.tree),
      action:
        input.isDisabled !== row.isDisabled
          ? input.isDisabled
            ? 'account.disable'
            : 'account.enable'
          : 'account.update',
      entity: 'account',
      entityId: String(accountId),
      before: accountSnapshot(row, before, scope.nameOf),
      after: accountSnapshot(
        { ...row, displayName: input.displayName, isDisabled: input.isDisabled },
        after,
        scope.nameOf,
      ),
    });
    return { ok: true, changed: true };
  });
}
