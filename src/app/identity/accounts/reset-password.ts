/**
 * 重置密码: an administrator who manages every organ of the account sets a new one-time password
 * (shown once), which must be changed at next sign-in; the account's sessions end.
 */
import { appendAudit } from '../../../db/queries/audit.ts';
import { findAccountById, listRoles, updateAccount } from '../../../db/queries/accounts.ts';
import { deleteAccountSessions } from '../../../db/queries/sessions.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import type { IdentityDeps } from '../deps.ts';
import { loadOrganScope, primaryOrgan } from '../organ-scope.ts';
import { generatePassword, hashPassword } from '../passwords.ts';
import { accountAccess, canChangeAccountItself, canSeeAccount } from './account-access.ts';
import type { ResetPasswordInput } from './account-forms.ts';
import { FORBIDDEN, invalid, NOT_FOUND, type Result, STALE } from '../../failures.ts';

/** @returns the one-time password to show once */
export async function resetAccountPassword(
  deps: IdentityDeps,
  actor: Actor,
  accountId: number,
  input: ResetPasswordInput,
): Promise<Result<{ oneTimePassword: string }, 'invalid' | 'stale' | 'forbidden' | 'not_found'>> {
  const scope = await loadOrganScope(deps.db);
  const access = accountAccess(actor, scope.tree);
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await findAccountById(tx, accountId);
    const roles = row ? await listRoles(tx, accountId) : [];
    if (!row || !canSeeAccount(access, roles)) {
      return NOT_FOUND;
    }
    if (!canChangeAccountItself(access, roles)) {
      return FORBIDDEN;
    }
    if (actor.accountId === accountId) {
      return invalid({ form: '请在“修改密码”页面修改自己的密码。' });
    }
    if (
      !(await updateAccount(tx, accountId, input.version, { passwordHash, mustChangePassword: true }, now))
    ) {
      return STALE;
    }
    await deleteAccountSessions(tx, accountId);
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: primaryOrgan(roles, scope.tree),
      action: 'account.password_reset',
      entity: 'account',
      entityId: String(accountId),
      before: { mustChangePassword: row.mustChangePassword },
      after: { mustChangePassword: true },
    });
    return { ok: true, oneTimePassword };
  });
}
