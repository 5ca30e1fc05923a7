/**
 * Signed-in sessions: a random id in the cookie, its sha256 in the database, an idle expiry and
 * an absolute one. A new id is issued at every sign-in (no session fixation) and the row is
 * deleted at sign-out.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { listRoles, findAccountById } from '../../db/queries/accounts.ts';
import {
  deleteSession,
  deleteStaleSessions,
  findLiveSession,
  insertSession,
  touchSession,
} from '../../db/queries/sessions.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { sha256 } from '../../db/queries/audit.ts';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 24 * 60 * 60 * 1000;
/** Activity is written at most this often (one UPDATE per minute, not per request). */
const TOUCH_EVERY_MS = 60 * 1000;

/** What the browser keeps (the cookie value) and what forms carry (the CSRF token). */
export type NewSession = { cookieValue: string; idHash: string; csrfToken: string };

const randomToken = () => crypto.randomBytes(32).toString('base64url');

/** The stored form of a session id. */
export function hashSessionId(cookieValue: string): string {
  return sha256(`gk-session\n${cookieValue}`);
}

/**
 * Starts a session for `accountId` (inside the caller's transaction, e.g. with the sign-in audit).
 * Also clears expired sessions, so the table does not grow without bound.
 */
export async function startSession(tx: Queryable, accountId: number, now: Date): Promise<NewSession> {
  await deleteStaleSessions(tx, now, new Date(now.getTime() - SESSION_IDLE_MS));
  const cookieValue = randomToken();
  const session = { cookieValue, idHash: hashSessionId(cookieValue), csrfToken: randomToken() };
  await insertSession(tx, {
    idHash: session.idHash,
    accountId,
    csrfToken: session.csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
  });
  return session;
}

/** A live session: who, its CSRF token, its stored id hash. */
export type ResolvedSession = { actor: Actor; csrfToken: string; idHash: string };

/**
 * The actor behind a session cookie, or null when the cookie is malformed, unknown, expired,
 * idle too long, or its account is disabled.
 */
export async function resolveSession(
  db: Queryable,
  cookieValue: string,
  now: Date,
): Promise<ResolvedSession | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(cookieValue)) {
    return null;
  }
  const idHash = hashSessionId(cookieValue);
  const session = await findLiveSession(db, idHash, now, new Date(now.getTime() - SESSION_IDLE_MS));
  if (!session) {
    return null;
  }
  const account = await findAccountById(db, session.accountId);
  if (!account || account.isDisabled) {
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(db, idHash, now);
  }
  const roles = await listRoles(db, account.id);
  return {
    idHash,
    csrfToken: session.csrfToken,
    actor: {
      accountId: account.id,
      username: account.username,
      displayName: account.displayName,
      roles,
      mustChangePassword: account.mustChangePassword,
    },
  };
}

/** Ends the session behind a cookie (no-op when unknown). */
export async function endSession(db: Queryable, cookieValue: string): Promise<void> {
  await deleteSession(db, hashSessionId(cookieValue));
}
