/**
 * SQL for table 二's entered figures (report_entered_figures): one row per organ and year, with
 * the source system, who entered it and when, and a version for stale forms.
 */
import type { EnteredFigures } from '../../domain/annual-report/entered-figures.ts';
import { queryOne, type Queryable } from '../db.ts';

/** A stored row. */
export type StoredEnteredFigures = EnteredFigures & {
  organId: number;
  year: number;
  enteredById: number | null;
  enteredByName: string;
  enteredAt: Date;
  version: number;
};

const COLUMNS = `organ_id AS "organId", year, licensing_decisions AS licensing, penalty_decisions AS penalties,
  coercion_decisions AS coercion,
  CASE WHEN fees_wan_yuan IS NULL THEN NULL ELSE trim(trailing '.' FROM trim(trailing '0' FROM fees_wan_yuan::text)) END
    AS "feesWanYuan",
  source_system AS "sourceSystem", note, entered_by AS "enteredById", entered_by_name AS "enteredByName",
  entered_at AS "enteredAt", version`;

/**
 * The figures of an organ and year, or null when none were entered. Locks the row when `forUpdate`.
 * @example await findEnteredFigures(db, 7, 2025) // { licensing: 12, feesWanYuan: '3.5', … } | null
 */
export function findEnteredFigures(
  db: Queryable,
  organId: number,
  year: number,
  forUpdate = false,
): Promise<StoredEnteredFigures | null> {
  return queryOne<StoredEnteredFigures>(
    db,
    `SELECT ${COLUMNS} FROM report_entered_figures WHERE organ_id = $1 AND year = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [organId, year],
  );
}

/**
 * The figures of several organs and years (one statement), locked when `forUpdate`.
 * @example await listEnteredFigures(db, [[7, 2025], [8, 2025]])
 */
export function listEnteredFigures(
  db: Queryable,
  keys: readonly (readonly [number, number])[],
  forUpdate = false,
): Promise<StoredEnteredFigures[]> {
  return db.query<StoredEnteredFigures>(
    `SELECT ${COLUMNS} FROM report_entered_figures
     WHERE (organ_id, year) IN (SELECT * FROM unnest($1::int[], $2::int[]))
     ORDER BY organ_id, year${forUpdate ? ' FOR UPDATE' : ''}`,
    [keys.map((k) => k[0]), keys.map((k) => k[1])],
  );
}

/** Who entered the figures, and when. */
export type EnteredBy = { accountId: number | null; name: string; at: Date };

/** Inserts or replaces the figures of an organ and year (the version goes up by one). */
export async function saveEnteredFigures(
  tx: Queryable,
  organId: number,
  year: number,
  figures: EnteredFigures,
  by: EnteredBy,
): Promise<void> {
  await tx.query(
    `INSERT INTO report_entered_figures (organ_id, year, licensing_decisions, penalty_decisions, coercion_decisions,
       fees_wan_yuan, source_system, note, entered_by, entered_by_name, entered_at)
     VALUES ($1, $2, $3, $4, $5, $6::numeric, $7, $8, $9, $10, $11)
     ON CONFLICT (organ_id, year) DO UPDATE SET licensing_decisions = EXCLUDED.licensing_decisions,
       penalty_decisions = EXCLUDED.penalty_decisions, coercion_decisions = EXCLUDED.coercion_decisions,
       fees_wan_yuan = EXCLUDED.fees_wan_yuan, source_system = EXCLUDED.source_system, note = EXCLUDED.note,
       entered_by = EXCLUDED.entered_by, entered_by_name = EXCLUDED.entered_by_name,
       entered_at = EXCLUDED.entered_at, version = report_entered_figures.version + 1`,
    [
      organId,
      year,
      figures.licensing,
      figures.penalties,
      figures.coercion,
      figures.feesWanYuan,
      figures.sourceSystem,
      figures.note,
      by.accountId,
      by.name,
      by.at,
    ],
  );
}
