/**
 * Sessions in the database (so several app processes share them). Only the sha256 of the session
 * id is stored: a leaked table (or backup) does not let anyone sign in.
 */
import type { Queryable } from '../db.ts';
import { queryOne } from '../db.ts';

/** A session row (`idHash` = sha256 of the cookie value). */
export type SessionRow = {
  idHash: string;
  accountId: number;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
};

/** Stores a new session. */
export async function insertSession(tx: Queryable, s: SessionRow): Promise<void> {
  await tx.query(
    'INSERT INTO sessions (id_hash, account_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [s.idHash, s.accountId, s.csrfToken, s.createdAt, s.lastSeenAt, s.expiresAt],
  );
}

/**
 * The live session with this id hash: not past its absolute expiry, seen since `idleSince`, and
 * its account not disabled.
 */
export function findLiveSession(
  db: Queryable,
  idHash: string,
  now: Date,
  idleSince: Date,
): Promise<SessionRow | null> {
  return queryOne<SessionRow>(
    db,
    `SELECT s.id_hash AS "idHash", s.account_id AS "accountId", s.csrf_token AS "csrfToken", s.created_at AS "createdAt",
            s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt"
       FROM sessions s JOIN accounts a ON a.id = s.account_id
      WHERE s.id_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND NOT a.is_disabled`,
    [idHash, now, idleSince],
  );
}

/** Records activity (extends the idle window). */
export async function touchSession(db: Queryable, idHash: string, now: Date): Promise<void> {
  await db.query('UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1', [idHash, now]);
}

/** Ends one session. */
export async function deleteSession(db: Queryable, idHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
}

/** Ends every session of an account except `keepIdHash` (password changed, account disabled). */
export async function deleteAccountSessions(
  tx: Queryable,
  accountId: number,
  keepIdHash: string | null = null,
): Promise<void> {
  await tx.query('DELETE FROM sessions WHERE account_id = $1 AND id_hash IS DISTINCT FROM $2', [
    accountId,
    keepIdHash,
  ]);
}

/** Removes sessions past their absolute expiry or idle since `idleSince`. */
export async function deleteStaleSessions(db: Queryable, now: Date, idleSince: Date): Promise<void> {
  await db.query('DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [now, idleSince]);
}
