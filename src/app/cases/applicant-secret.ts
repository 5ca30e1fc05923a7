/**
 * Server secrets kept in `settings` so that every process and every backup agrees: the one keying
 * applicant hashes (the same applicant across cases, for 按件 fees and repeated applications) and
 * the one signing the applicant's download links (download-links.ts).
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { ensureSetting, findSetting } from '../../db/queries/settings.ts';

const KEY = 'applicant_key_secret';

/**
 * A secret, created on first use (racing processes insert-or-ignore, then read the winner).
 * @param key the settings key
 */
export async function loadServerSecret(db: Queryable, key: string): Promise<string> {
  return ensureSetting(db, key, crypto.randomBytes(32).toString('hex'));
}

/** A secret if it was ever created (readers that must write nothing), or null. */
export function findServerSecret(db: Queryable, key: string): Promise<string | null> {
  return findSetting(db, key);
}

/** The secret keying applicant hashes. */
export async function loadApplicantSecret(db: Queryable): Promise<string> {
  return loadServerSecret(db, KEY);
}
