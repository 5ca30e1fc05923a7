/**
 * Signing in. The throttle (login-throttle.ts, decision 016) admits the attempt before the
 * password is verified; a refused attempt is not verified at all, so neither a burst of guesses
 * nor a correct password inside a delay gets through. Unknown usernames and wrong passwords get
 * the same answer, take the same time and are throttled the same way (keys come from the typed
 * username, never from the account).
 */
import { appendAudit } from '../../db/queries/audit.ts';
import { findAccountByUsername, listRoles } from '../../db/queries/accounts.ts';
import type { Queryable } from '../../db/db.ts';
import { auditFailedLogin } from './audit-failed-login.ts';
import type { IdentityDeps } from './deps.ts';
import { deviceNonceOf, issueDeviceToken, loadDeviceSecret } from './device-tokens.ts';
import { admit, checksFor, forgiveAttempt, normalizeUsername, type ThrottleCheck } from './login-throttle.ts';
import { loadOrganScope, primaryOrgan } from './organ-scope.ts';
import { verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { startSession, type NewSession } from './sessions.ts';

/** What the sign-in form submits, plus the client address and the browser's device token. */
export type LogInInput = {
  username: string;
  password: string;
  clientAddress: string;
  /** The `gk_device` cookie, if the browser sent one. */
  deviceToken?: string | undefined;
};

/** Signed in (with the new session and a device token for the browser), or why not. */
export type LogInResult =
  | { ok: true; session: NewSession; mustChangePassword: boolean; deviceToken: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'disabled' }
  | { ok: false; reason: 'throttled'; retryAt: Date; retryAfterSeconds: number };

/** Signs a person in: admits the attempt, checks the password, then starts a session with an audit record. */
export async function logIn(deps: IdentityDeps, input: LogInInput): Promise<LogInResult> {
  const now = deps.clock.now();
  const username = normalizeUsername(input.username);
  const secret = await loadDeviceSecret(deps.db);
  const deviceNonce = deviceNonceOf(secret, username, input.deviceToken);
  const checks = checksFor(username, input.clientAddress, deviceNonce);
  const admission = await admit(deps.db, checks, now);
  if (!admission.isAdmitted) {
    const retryAfterSeconds = Math.max(1, Math.ceil((admission.retryAt.getTime() - now.getTime()) / 1000));
    return { ok: false, reason: 'throttled', retryAt: admission.retryAt, retryAfterSeconds };
  }
  const account = await findAccountByUsername(deps.db, username);
  const isValid = account
    ? await verifyPassword(account.passwordHash, input.password)
    : (await verifyAgainstDummy(input.password), false);
  if (!account || !isValid) {
    await deps.db.transaction((tx) =>
      auditFailedLogin(tx, now, account, account ? 'wrongPassword' : 'unknownUsername'),
    );
    if (account) {
      await auditSlowdown(deps, account, checks, admission.counts, now);
    }
    return { ok: false, reason: 'invalid' };
  }
  if (account.isDisabled) {
    await deps.db.transaction((tx) => auditFailedLogin(tx, now, account, 'disabled'));
    return { ok: false, reason: 'disabled' };
  }
  const scope = await loadOrganScope(deps.db);
  const organId = primaryOrgan(await listRoles(deps.db, account.id), scope.tree);
  const session = await deps.db.transaction(async (tx) => {
    const started = await startSession(tx, account.id, now);
    await forgiveAttempt(tx, checks);
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
  return {
    ok: true,
    session,
    mustChangePassword: account.mustChangePassword,
    deviceToken: issueDeviceToken(secret, username),
  };
}

/**
 * One audit record when a failure starts the delays of an account: on its pair or browser (someone
 * is guessing from one place) or on the username over all addresses (from many places).
 */
async function auditSlowdown(
  deps: IdentityDeps,
  account: { id: number; displayName: string },
  checks: readonly ThrottleCheck[],
  counts: ReadonlyMap<ThrottleCheck['scope'], number>,
  now: Date,
): Promise<void> {
  const started = checks.filter((c) => c.scope !== 'address' && counts.get(c.scope) === c.policy.free);
  if (started.length === 0) {
    return;
  }
  await deps.db.transaction(async (tx: Queryable) => {
    const organId = primaryOrgan(await listRoles(tx, account.id), (await loadOrganScope(tx)).tree);
    await appendAudit(tx, {
      at: now,
      actorId: null,
      actorName: null,
      organId,
      action: 'auth.throttle',
      entity: 'account',
      entityId: String(account.id),
      before: null,
      after: { scopes: started.map((c) => c.scope), failures: started.map((c) => counts.get(c.scope)) },
    });
  });
}
