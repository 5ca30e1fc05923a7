/** Signing out: the session row is deleted (the cookie alone is then worthless), with an audit record. */
import { appendAudit } from '../../db/queries/audit.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { IdentityDeps } from './deps.ts';
import { loadOrganScope, primaryOrgan } from './organ-scope.ts';
import { hashSessionId } from './sessions.ts';
import { deleteSession } from '../../db/queries/sessions.ts';

/** Ends the session behind `cookieValue`; records who signed out when there was someone. */
export async function logOut(deps: IdentityDeps, actor: Actor | null, cookieValue: string): Promise<void> {
  const now = deps.clock.now();
  const organId = actor ? primaryOrgan(actor.roles, (await loadOrganScope(deps.db)).tree) : null;
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, hashSessionId(cookieValue));
    if (actor) {
      await appendAudit(tx, {
        at: now,
        actorId: actor.accountId,
        actorName: actor.displayName,
        organId,
        action: 'auth.logout',
        entity: 'account',
        entityId: String(actor.accountId),
        before: null,
        after: null,
      });
    }
  });
}
