/**
 * The server secret keying applicant hashes (the same applicant across cases, for 按件 fees and
 * repeated applications) — kept in `settings` so that every process and every backup agrees.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { ensureSetting } from '../../db/queries/settings.ts';

const KEY = 'applicant_key_secret';

/** The secret, created on first use (racing processes insert-or-ignore, then read the winner). */
export async function loadApplicantSecret(db: Queryable): Promise<string> {
  return ensureSetting(db, KEY, crypto.randomBytes(32).toString('hex'));
}
