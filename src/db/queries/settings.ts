/**
 * The `settings` table (key → text value), and the only SQL that touches it: server secrets
 * created on first use (CSRF, applicant keys), markers (demo data loaded) and the site's
 * `site.*` settings the portal shows.
 */
import { queryOne, type Queryable } from '../db.ts';

/** Site settings the portal footer and page tags use (keys `site.*` of the settings table). */
export const SITE_SETTING_KEYS = ['site.domain', 'site.id_code', 'site.icp', 'site.police_record'] as const;
export type SiteSettingKey = (typeof SITE_SETTING_KEYS)[number];

/**
 * One setting, or null when it is not set.
 * @example await findSetting(db, 'demo_cases_loaded') // '2026-12-06' | null
 */
export async function findSetting(db: Queryable, key: string): Promise<string | null> {
  const row = await queryOne<{ value: string }>(db, 'SELECT value FROM settings WHERE key = $1', [key]);
  return row?.value ?? null;
}

/**
 * The setting's value, stored as `value` when not yet set. Processes racing on first use both
 * insert-or-ignore, then read the same winner.
 * @example await ensureSetting(db, 'csrf_secret', randomHex()) // the secret every process uses
 */
export async function ensureSetting(db: Queryable, key: string, value: string): Promise<string> {
  await db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
    key,
    value,
  ]);
  return (await findSetting(db, key))!;
}

/**
 * Sets a setting that must not exist yet (a second insert fails: the caller's transaction rolls back).
 * @example await insertSetting(tx, 'demo_cases_loaded', '2026-12-06')
 */
export async function insertSetting(db: Queryable, key: string, value: string): Promise<void> {
  await db.query('INSERT INTO settings (key, value) VALUES ($1, $2)', [key, value]);
}

/**
 * The `site.*` settings that are set.
 * @example await readSiteSettings(db) // { 'site.id_code': '3703040001' }
 */
export async function readSiteSettings(db: Queryable): Promise<Partial<Record<SiteSettingKey, string>>> {
  const rows = await db.query<{ key: SiteSettingKey; value: string }>(
    'SELECT key, value FROM settings WHERE key = ANY($1::text[])',
    [[...SITE_SETTING_KEYS]],
  );
  const settings: Partial<Record<SiteSettingKey, string>> = {};
  for (const row of rows) {
    settings[row.key] = row.value;
  }
  return settings;
}

/** Sets or clears the site settings (an empty value removes the key: the portal shows its placeholder). */
export async function saveSiteSettings(tx: Queryable, values: Record<SiteSettingKey, string>): Promise<void> {
  for (const key of SITE_SETTING_KEYS) {
    if (values[key] === '') {
      await tx.query('DELETE FROM settings WHERE key = $1', [key]);
    } else {
      await tx.query(
        'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value',
        [key, values[key]],
      );
    }
  }
}
