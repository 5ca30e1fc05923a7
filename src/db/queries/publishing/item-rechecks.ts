/**
 * `item_rechecks`: the last re-check of each published item against today's checks (one row per
 * item, replaced by the next re-check), and the keyset pages of published items a re-check walks.
 */
import { queryOne, type Queryable } from '../../db.ts';
import { ITEM_COLUMNS, type ItemRow } from './item-rows.ts';

/** A finding as stored: where and what, positions only (never the characters found). */
export type StoredFinding = {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  place: { field: string; fileId?: number; name?: string };
  start?: number;
  end?: number;
  personalData?: string;
};

/** One item's result. */
export type ItemRecheck = {
  itemId: number;
  organId: number;
  checkedAt: Date;
  rulesVersion: string;
  errors: number;
  warnings: number;
  findings: StoredFinding[];
};

/** A flagged item as the review page lists it. */
export type FlaggedItem = ItemRecheck & {
  title: string;
  indexNumber: string | null;
  publishedAt: Date | null;
};

/**
 * The organ's published items after `afterId`, in id order (one page of a re-check).
 * @example await listPublishedItemsAfter(db, 3, 0, 100) // the first 100
 */
export function listPublishedItemsAfter(
  db: Queryable,
  organId: number,
  afterId: number,
  limit: number,
): Promise<ItemRow[]> {
  return db.query<ItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM items i
     WHERE i.organ_id = $1 AND i.status = 'published' AND i.id > $2 ORDER BY i.id LIMIT $3`,
    [organId, afterId, limit],
  );
}

/** How many published items the organ has. */
export async function countPublishedItems(db: Queryable, organId: number): Promise<number> {
  const row = await queryOne<{ n: number }>(
    db,
    `SELECT count(*)::int AS n FROM items WHERE organ_id = $1 AND status = 'published'`,
    [organId],
  );
  return row?.n ?? 0;
}

/** Stores a batch of results (one statement), replacing earlier results of the same items. */
export async function saveItemRechecks(tx: Queryable, results: readonly ItemRecheck[]): Promise<void> {
  if (results.length === 0) {
    return;
  }
  const rows = results.map((r) => ({
    item_id: r.itemId,
    organ_id: r.organId,
    checked_at: r.checkedAt.toISOString(),
    rules_version: r.rulesVersion,
    errors: r.errors,
    warnings: r.warnings,
    findings: r.findings,
  }));
  await tx.query(
    `INSERT INTO item_rechecks (item_id, organ_id, checked_at, rules_version, errors, warnings, findings)
     SELECT x.item_id, x.organ_id, x.checked_at, x.rules_version, x.errors, x.warnings, x.findings
     FROM jsonb_to_recordset($1::jsonb) AS x(item_id bigint, organ_id integer, checked_at timestamptz,
       rules_version text, errors integer, warnings integer, findings jsonb)
     ON CONFLICT (item_id) DO UPDATE SET organ_id = EXCLUDED.organ_id, checked_at = EXCLUDED.checked_at,
       rules_version = EXCLUDED.rules_version, errors = EXCLUDED.errors, warnings = EXCLUDED.warnings,
       findings = EXCLUDED.findings`,
    [JSON.stringify(rows)],
  );
}

/** Drops the organ's results older than `before` (items no longer published when a re-check ran). */
export async function deleteRechecksBefore(tx: Queryable, organId: number, before: Date): Promise<void> {
  await tx.query('DELETE FROM item_rechecks WHERE organ_id = $1 AND checked_at < $2', [organId, before]);
}

/** The organ's published items whose last re-check found something, errors first. */
export function listFlaggedItems(db: Queryable, organId: number, limit = 500): Promise<FlaggedItem[]> {
  return db.query<FlaggedItem>(
    `SELECT r.item_id::int AS "itemId", r.organ_id AS "organId", r.checked_at AS "checkedAt",
       r.rules_version AS "rulesVersion", r.errors, r.warnings, r.findings,
       i.title, i.index_number AS "indexNumber", i.published_at AS "publishedAt"
     FROM item_rechecks r JOIN items i ON i.id = r.item_id
     WHERE r.organ_id = $1 AND r.errors + r.warnings > 0 AND i.status = 'published'
     ORDER BY r.errors DESC, r.warnings DESC, r.item_id LIMIT $2`,
    [organId, limit],
  );
}

/**
 * The stored results of the organ's items still published: how many, how many flagged, the oldest
 * result's time and the rules versions used; null when none.
 */
export function recheckSummary(
  db: Queryable,
  organId: number,
): Promise<{ checked: number; flagged: number; oldest: Date; rulesVersions: string[] } | null> {
  return queryOne<{ checked: number; flagged: number; oldest: Date; rulesVersions: string[] }>(
    db,
    `SELECT count(*)::int AS checked, (count(*) FILTER (WHERE r.errors + r.warnings > 0))::int AS flagged,
       min(r.checked_at) AS oldest, array_agg(DISTINCT r.rules_version) AS "rulesVersions"
     FROM item_rechecks r JOIN items i ON i.id = r.item_id AND i.status = 'published'
     WHERE r.organ_id = $1 HAVING count(*) > 0`,
    [organId],
  );
}
