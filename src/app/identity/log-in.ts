/**
 * Signing in, with throttling kept in the database (several processes count together):
 * 5 failures for one username in 15 minutes lock that username for 15 minutes; the client
 * address gets a higher limit (20) because a whole government office often shares one address.
 * Unknown usernames and wrong passwords get the same answer and take the same time.
 */
import { appendAudit, sha256 } from '../../db/queries/audit.ts';
import { findAccountByUsername, listRoles } from '../../db/queries/accounts.ts';
import {
  clearAttempts,
  findLock,
  recordFailure,
  type FailurePolicy,
} from '../../db/queries/login-attempts.ts';
import { auditFailedLogin } from './audit-failed-login.ts';
import type { IdentityDeps } from './deps.ts';
import { loadOrganScope, primaryOrgan } from './organ-scope.ts';
import { verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { startSession, type NewSession } from './sessions.ts';

const WINDOW_MS = 15 * 60 * 1000;
/** Per username: 5 failures in 15 minutes lock it for 15 minutes. */
export const USERNAME_POLICY: FailurePolicy = { limit: 5, windowMs: WINDOW_MS, lockMs: WINDOW_MS };
/** Per client address: 20 failures (a whole office may share one address). */
export const ADDRESS_POLICY: FailurePolicy = { limit: 20, windowMs: WINDOW_MS, lockMs: WINDOW_MS };

/** What the sign-in form submits, plus the client address. */
export type LogInInput = { username: string; password: string; clientAddress: string };

/** Signed in (with the new session), or why not. */
export type LogInResult =
  | { ok: true; session: NewSession; mustChangePassword: boolean }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'disabled' }
  | { ok: false; reason: 'locked'; retryAt: Date };

/** Throttle keys are hashed: the table holds no usernames or addresses. */
export const usernameKey = (username: string) => `user:${sha256(username.trim().toLowerCase())}`;
/** The throttle key of a client address. */
export const addressKey = (address: string) => `addr:${sha256(address)}`;

/** Signs a person in: checks the throttle, the password, then starts a session with an audit record. */
export async function logIn(deps: IdentityDeps, input: LogInInput): Promise<LogInResult> {
  const now = deps.clock.now();
  const username = input.username.trim().toLowerCase();
  const keys = { user: usernameKey(username), address: addressKey(input.clientAddress) };
  const lockedUntil = await findLock(deps.db, [keys.user, keys.address], now);
  if (lockedUntil) {
    return { ok: false, reason: 'locked', retryAt: lockedUntil };
  }
  const account = await findAccountByUsername(deps.db, username);
  const isValid = account
    ? await verifyPassword(account.passwordHash, input.password)
    : (await verifyAgainstDummy(input.password), false);
  if (!account || !isValid) {
    return recordFailedAttempt(
      deps,
      keys,
      now,
      account ? { id: account.id, displayName: account.displayName } : null,
    );
  }
  if (account.isDisabled) {
    await deps.db.transaction((tx) => auditFailedLogin(tx, now, account, 'disabled'));
    return { ok: false, reason: 'disabled' };
  }
  const scope = await loadOrganScope(deps.db);
  const organId = primaryOrgan(await listRoles(deps.db, account.id), scope.tree);
  const session = await deps.db.transaction(async (tx) => {
    const started = await startSession(tx, account.id, now);
    await clearAttempts(tx, keys.user);
    await appendAudit(tx, {
      at: now,
      actorId: account.id,
      actorName: account.displayName,
      organId,
      action: 'auth.login',
      entity: 'account',
      entityId: String(account.id),
      before: null,
      after: null,
    });
    return started;
  });
  return { ok: true, session, mustChangePassword: account.mustChangePassword };
}

async function recordFailedAttempt(
  deps: IdentityDeps,
  keys: { user: string; address: string },
  now: Date,
  account: { id: number; displayName: string } | null,
): Promise<LogInResult> {
  return deps.db.transaction(async (tx) => {
    const user = await recordFailure(tx, keys.user, now, USERNAME_POLICY);
    const address = await recordFailure(tx, keys.address, now, ADDRESS_POLICY);
    await auditFailedLogin(tx, now, account, account ? 'wrongPassword' : 'unknownUsername');
    const locks = [user.lockedUntil, address.lockedUntil].filter((d): d is Date => d !== null && d > now);
    if (locks.length === 0) {
      return { ok: false, reason: 'invalid' } as const;
    }
    if (account && user.lockedUntil && user.failures === USERNAME_POLICY.limit) {
      const organId = primaryOrgan(await listRoles(tx, account.id), (await loadOrganScope(tx)).tree);
      await appendAudit(tx, {
        at: now,
        actorId: null,
        actorName: null,
        organId,
        action: 'auth.lockout',
        entity: 'account',
        entityId: String(account.id),
        before: null,
        after: { lockedUntil: user.lockedUntil.toISOString() },
      });
    }
    return {
      ok: false,
      reason: 'locked',
      retryAt: new Date(Math.max(...locks.map((d) => d.getTime()))),
    } as const;
  });
}
