/**
 * The audit record of a failed sign-in, so that administrators see attempts on their accounts on
 * the audit-log page. The typed username is never recorded (people type passwords into it by
 * mistake), nor the client address: a known account is named by its id and counted under its
 * organ; an unknown username is recorded without a name and without an organ (seen by those who
 * see every organ). Kept apart from log-in.ts, which only calls it.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { listRoles } from '../../db/queries/accounts.ts';
import { loadOrganScope, primaryOrgan } from './organ-scope.ts';

/** Why a sign-in failed, as the audit record says. */
export type FailedLoginReason = 'wrongPassword' | 'unknownUsername' | 'disabled';

/**
 * Appends `auth.login_failed` in the caller's transaction.
 * @param account the account the username named, or null when none has it
 */
export async function auditFailedLogin(
  tx: Queryable,
  at: Date,
  account: { id: number } | null,
  reason: FailedLoginReason,
): Promise<void> {
  const organId = account
    ? primaryOrgan(await listRoles(tx, account.id), (await loadOrganScope(tx)).tree)
    : null;
  await appendAudit(tx, {
    at,
    actorId: null,
    actorName: null,
    organId,
    action: 'auth.login_failed',
    entity: 'account',
    entityId: account ? String(account.id) : null,
    before: null,
    after: { reason },
  });
}
