/**
 * What the public portal reads about organs and the site: the organ directory (every organ with
 * its public contact data, for the header, the organ lists and the 指南) and the site settings
 * (网站标识码, 备案号). Read-only; organs are managed by the organ registry.
 */
import type { OrganLevel, OrganType } from '../../domain/organs/organ.ts';
import type { Queryable } from '../db.ts';

/** An organ as the portal shows it (public data only). */
export type PortalOrgan = {
  id: number;
  parentId: number | null;
  name: string;
  shortName: string;
  slug: string;
  type: OrganType;
  level: OrganLevel;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  officeHours: string | null;
  sortOrder: number;
};

const ORGAN_COLUMNS = `id, parent_id, name, short_name, slug, type, level, address, postcode, phone, fax, email, office_hours, sort_order`;

type OrganRow = {
  id: number;
  parent_id: number | null;
  name: string;
  short_name: string;
  slug: string;
  type: OrganType;
  level: OrganLevel;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  office_hours: string | null;
  sort_order: number;
};

function toOrgan(row: OrganRow): PortalOrgan {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    shortName: row.short_name,
    slug: row.slug,
    type: row.type,
    level: row.level,
    address: row.address,
    postcode: row.postcode,
    phone: row.phone,
    fax: row.fax,
    email: row.email,
    officeHours: row.office_hours,
    sortOrder: row.sort_order,
  };
}

/**
 * Every organ, roots first, then by sort order and id (a county has a few hundred at most).
 * @example const organs = await listPortalOrgans(db) // [{ slug: 'boshan', parentId: null, … }, …]
 */
export async function listPortalOrgans(db: Queryable): Promise<PortalOrgan[]> {
  const rows = await db.query<OrganRow>(
    `SELECT ${ORGAN_COLUMNS} FROM organs ORDER BY (parent_id IS NOT NULL), sort_order, id`,
  );
  return rows.map(toOrgan);
}

/** One organ by its slug, or null. */
export async function findPortalOrgan(db: Queryable, slug: string): Promise<PortalOrgan | null> {
  const rows = await db.query<OrganRow>(`SELECT ${ORGAN_COLUMNS} FROM organs WHERE slug = $1`, [slug]);
  return rows[0] === undefined ? null : toOrgan(rows[0]);
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
