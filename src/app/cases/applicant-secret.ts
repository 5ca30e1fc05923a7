/**
 * Server secrets kept in `settings` so that every process and every backup agrees: the one keying
 * applicant hashes (the same applicant across cases, for 按件 fees and repeated applications) and
 * the one signing the applicant's download links (download-links.ts).
 */
import crypto from 'node:crypto';
import { queryOne, type Queryable } from '../../db/db.ts';

const KEY = 'applicant_key_secret';

/**
 * A secret, created on first use (racing processes insert-or-ignore, then read the winner).
 * @param key the settings key
 */
export async function loadServerSecret(db: Queryable, key: string): Promise<string> {
  await db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
    key,
    crypto.randomBytes(32).toString('hex'),
  ]);
  return (await queryOne<{ value: string }>(db, 'SELECT value FROM settings WHERE key = $1', [key]))!.value;
}

/** A secret if it was ever created (readers that must write nothing), or null. */
export async function findServerSecret(db: Queryable, key: string): Promise<string | null> {
  return (
    (await queryOne<{ value: string }>(db, 'SELECT value FROM settings WHERE key = $1', [key]))?.value ?? null
  );
}

/** The secret keying applicant hashes. */
export async function loadApplicantSecret(db: Queryable): Promise<string> {
  return loadServerSecret(db, KEY);
}
