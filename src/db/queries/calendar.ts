/**
 * The administrator-entered 放假安排 (table calendar_years): read all, and insert or replace one
 * year if it is still at the version the person previewed.
 */
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { YearArrangement } from '../../domain/calendar/arrangements.ts';
import type { Queryable } from '../db.ts';

/** A stored year, with who entered it and its version (for stale-submit checks). */
export type StoredArrangement = YearArrangement & {
  enteredById: number | null;
  enteredByName: string;
  enteredAt: Date;
  version: number;
};

const dates = (value: unknown): LocalDate[] =>
  Array.isArray(value) ? value.filter((v): v is LocalDate => typeof v === 'string') : [];

function toStored(row: Record<string, unknown>): StoredArrangement {
  return {
    year: row.year as number,
    notice: row.notice as string,
    source: row.source as string,
    restDays: dates(row.rest_days),
    workdays: dates(row.work_days),
    enteredById: (row.entered_by as number | null) ?? null,
    enteredByName: row.entered_by_name as string,
    enteredAt: row.entered_at as Date,
    version: row.version as number,
  };
}

/** Every entered year, oldest first. */
export async function listStoredArrangements(db: Queryable): Promise<StoredArrangement[]> {
  const rows = await db.query('SELECT * FROM calendar_years ORDER BY year');
  return rows.map(toStored);
}

/** One entered year, or null; `lock` takes a row lock for the rest of the transaction. */
export async function findStoredArrangement(
  db: Queryable,
  year: number,
  lock = false,
): Promise<StoredArrangement | null> {
  const rows = await db.query(`SELECT * FROM calendar_years WHERE year = $1${lock ? ' FOR UPDATE' : ''}`, [
    year,
  ]);
  return rows[0] ? toStored(rows[0]) : null;
}

/** Who saves, and when. */
export type EnteredBy = { accountId: number; name: string; at: Date };

/**
 * Inserts the year (expected version 0) or replaces it (expected = its current version).
 * @returns the stored row, or null when the year was added or changed by someone else meanwhile
 */
export async function saveStoredArrangement(
  tx: Queryable,
  arrangement: YearArrangement,
  by: EnteredBy,
  expectedVersion: number,
): Promise<StoredArrangement | null> {
  const values = [
    arrangement.year,
    arrangement.notice,
    arrangement.source,
    JSON.stringify(arrangement.restDays),
    JSON.stringify(arrangement.workdays),
    by.accountId,
    by.name,
    by.at,
  ];
  const rows =
    expectedVersion === 0
      ? await tx.query(
          `INSERT INTO calendar_years (year, notice, source, rest_days, work_days, entered_by, entered_by_name, entered_at)
           VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8) ON CONFLICT (year) DO NOTHING RETURNING *`,
          values,
        )
      : await tx.query(
          `UPDATE calendar_years SET notice = $2, source = $3, rest_days = $4::jsonb, work_days = $5::jsonb, entered_by = $6,
                  entered_by_name = $7, entered_at = $8, version = version + 1
            WHERE year = $1 AND version = $9 RETURNING *`,
          [...values, expectedVersion],
        );
  return rows[0] ? toStored(rows[0]) : null;
}
