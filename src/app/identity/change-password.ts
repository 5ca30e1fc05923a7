/**
 * 修改密码 (one's own): the current password, then a new one that follows the rules and differs
 * from the current. All the account's sessions end and a new one starts (rotation), in one
 * transaction with the audit record.
 */
import { appendAudit } from '../../db/queries/audit.ts';
import { findAccountById, listRoles, updateAccount } from '../../db/queries/accounts.ts';
import { deleteAccountSessions } from '../../db/queries/sessions.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { ChangePasswordInput } from './accounts/account-forms.ts';
import { invalid, type Result, STALE } from '../failures.ts';
import type { IdentityDeps } from './deps.ts';
import { loadOrganScope, primaryOrgan } from './organ-scope.ts';
import { checkPasswordRules } from './password-rules.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { startSession, type NewSession } from './sessions.ts';

/** @returns the new session (set its cookie) */
export async function changeOwnPassword(
  deps: IdentityDeps,
  actor: Actor,
  input: ChangePasswordInput,
): Promise<Result<{ session: NewSession }, 'invalid' | 'stale'>> {
  const account = await findAccountById(deps.db, actor.accountId);
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    return invalid({ currentPassword: '当前密码不正确。' });
  }
  const problem = checkPasswordRules(input.newPassword, account.username);
  if (problem) {
    return invalid({ newPassword: problem });
  }
  if (input.newPassword === input.currentPassword) {
    return invalid({ newPassword: '新密码不能与当前密码相同。' });
  }
  if (input.repeatPassword !== input.newPassword) {
    return invalid({ repeatPassword: '两次输入的新密码不一致。' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const scope = await loadOrganScope(deps.db);
  const organId = primaryOrgan(await listRoles(deps.db, account.id), scope.tree);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (
      !(await updateAccount(
        tx,
        account.id,
        account.version,
        { passwordHash, mustChangePassword: false },
        now,
      ))
    ) {
      return STALE;
    }
    await deleteAccountSessions(tx, account.id);
    const session = await startSession(tx, account.id, now);
    await appendAudit(tx, {
      at: now,
      actorId: account.id,
      actorName: account.displayName,
      organId,
      action: 'account.password_change',
      entity: 'account',
      entityId: String(account.id),
      before: { mustChangePassword: account.mustChangePassword },
      after: { mustChangePassword: false },
    });
    return { ok: true, session };
  });
}
