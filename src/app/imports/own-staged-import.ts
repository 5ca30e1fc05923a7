/**
 * The one lookup of a stored upload for its preview and commit (the case ledger, the item import,
 * the entered figures): only the person who uploaded it sees it, only until it expires, and a token
 * longer than any token the platform makes is not looked up at all.
 */
import type { Queryable } from '../../db/db.ts';
import {
  findStagedImport,
  type StagedImportKind,
  type StagedImportRecord,
} from '../../db/queries/staged-imports.ts';
import type { Actor } from '../../domain/access/roles.ts';

/** Longer than any upload token (they are ≈ 43 characters). */
const MAX_TOKEN_LENGTH = 100;

/**
 * The person's own unexpired upload of this kind, or null.
 * @param forUpdate lock the row (inside the commit's transaction)
 */
export async function findOwnStagedImport(
  db: Queryable,
  kind: StagedImportKind,
  actor: Actor | null,
  token: string,
  now: Date,
  forUpdate = false,
): Promise<StagedImportRecord | null> {
  if (actor === null || token.length > MAX_TOKEN_LENGTH) {
    return null;
  }
  const record = await findStagedImport(db, kind, token, forUpdate);
  return record !== null &&
    record.accountId === actor.accountId &&
    record.expiresAt.getTime() >= now.getTime()
    ? record
    : null;
}
