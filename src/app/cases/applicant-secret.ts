/**
 * The server secret keying applicant hashes (the same applicant across cases, for 按件 fees and
 * repeated applications) — kept in `settings` so that every process and every backup agrees.
 */
import crypto from 'node:crypto';
import { queryOne, type Queryable } from '../../db/db.ts';

const KEY = 'applicant_key_secret';

/** The secret, created on first use (racing processes insert-or-ignore, then read the winner). */
export async function loadApplicantSecret(db: Queryable): Promise<string> {
  await db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
    KEY,
    crypto.randomBytes(32).toString('hex'),
  ]);
  return (await queryOne<{ value: string }>(db, 'SELECT value FROM settings WHERE key = $1', [KEY]))!.value;
}
