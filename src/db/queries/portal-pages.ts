/**
 * `portal_page_versions`: the 指南 and 制度 pages organs write, one row per saved version (who,
 * when). The newest version is the page; older ones are history.
 */
import { queryOne, type Queryable } from '../db.ts';

/** One saved version. */
export type PortalPageVersion = {
  organId: number;
  page: string;
  number: number;
  bodyHtml: string;
  savedBy: number | null;
  savedByName: string;
  savedAt: Date;
};

/** A version in the history list (no body). */
export type PortalPageVersionLine = Omit<PortalPageVersion, 'bodyHtml' | 'organId' | 'page'>;

const LINE = `number, saved_by AS "savedBy", saved_by_name AS "savedByName", saved_at AS "savedAt"`;

/**
 * The newest version of the organ's page, or null while it has none (the default shows).
 * @example (await findLatestPortalPage(db, 3, 'guide'))?.number // 2
 */
export function findLatestPortalPage(
  db: Queryable,
  organId: number,
  page: string,
): Promise<PortalPageVersion | null> {
  return queryOne<PortalPageVersion>(
    db,
    `SELECT organ_id AS "organId", page, body_html AS "bodyHtml", ${LINE}
     FROM portal_page_versions WHERE organ_id = $1 AND page = $2 ORDER BY number DESC LIMIT 1`,
    [organId, page],
  );
}

/** The newest versions first (at most `limit`). */
export function listPortalPageVersions(
  db: Queryable,
  organId: number,
  page: string,
  limit = 30,
): Promise<PortalPageVersionLine[]> {
  return db.query<PortalPageVersionLine>(
    `SELECT ${LINE} FROM portal_page_versions WHERE organ_id = $1 AND page = $2 ORDER BY number DESC LIMIT $3`,
    [organId, page, limit],
  );
}

/**
 * Adds version `number` (a second writer of the same number fails on the primary key).
 * @throws the database's unique violation (23505) when the number is taken
 */
export async function insertPortalPageVersion(tx: Queryable, v: PortalPageVersion): Promise<void> {
  await tx.query(
    `INSERT INTO portal_page_versions (organ_id, page, number, body_html, saved_by, saved_by_name, saved_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [v.organId, v.page, v.number, v.bodyHtml, v.savedBy, v.savedByName, v.savedAt],
  );
}
