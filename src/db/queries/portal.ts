/**
 * What the public portal reads about organs and the site: the organ directory (every organ with
 * its public contact data, for the header, the organ lists and the 指南) and the site settings
 * (网站标识码, 备案号). Read-only; organs are managed by the organ registry.
 */
import type { Organ } from '../../domain/organs/organ.ts';
import type { Queryable } from '../db.ts';
import { findOrganBySlug, listOrgans } from './organs.ts';

/** An organ as the portal shows it: the registry's organ (src/db/queries/organs.ts), public fields only. */
export type PortalOrgan = Omit<Organ, 'creditCode' | 'createdAt' | 'updatedAt' | 'version'>;

/**
 * Every organ, roots first, then by sort order and id (a county has a few hundred at most).
 * @example const organs = await listPortalOrgans(db) // [{ slug: 'boshan', parentId: null, … }, …]
 */
export async function listPortalOrgans(db: Queryable): Promise<PortalOrgan[]> {
  const organs = await listOrgans(db);
  return organs.sort(
    (a, b) =>
      Number(a.parentId !== null) - Number(b.parentId !== null) || a.sortOrder - b.sortOrder || a.id - b.id,
  );
}

/** One organ by its slug, or null. */
export function findPortalOrgan(db: Queryable, slug: string): Promise<PortalOrgan | null> {
  return findOrganBySlug(db, slug);
}

/** Site settings the portal footer and page tags use (keys `site.*` of the settings table). */
export const SITE_SETTING_KEYS = ['site.domain', 'site.id_code', 'site.icp', 'site.police_record'] as const;
export type SiteSettingKey = (typeof SITE_SETTING_KEYS)[number];

/** The `site.*` settings that are set. */
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
