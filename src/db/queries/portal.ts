/**
 * What the public portal reads about organs: the organ directory (every organ with its public
 * contact data, for the header, the organ lists and the 指南). Read-only; organs are managed by the
 * organ registry. The site settings (网站标识码, 备案号) are read in settings.ts.
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
