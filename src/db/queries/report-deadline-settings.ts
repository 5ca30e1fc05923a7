/**
 * SQL for the local annual-report deadlines (第四十九条 gaps, report-deadline.ts): one row of the
 * settings table, `report.deadlines`, holding the groups' `MM-DD` as JSON.
 */
import type { ReportDeadlineSettings } from '../../domain/annual-report/report-deadline.ts';
import type { Queryable } from '../db.ts';
import { findSetting } from './settings.ts';

const KEY = 'report.deadlines';

/**
 * The stored settings (empty when never set, or when the stored text is not an object).
 * @example await readDeadlineSettings(db) // { township: '02-20' }
 */
export async function readDeadlineSettings(db: Queryable): Promise<ReportDeadlineSettings> {
  const text = await findSetting(db, KEY);
  if (text === null) {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as ReportDeadlineSettings)
      : {};
  } catch {
    return {};
  }
}

/** Stores the settings (all groups empty: the row is removed). */
export async function saveDeadlineSettings(tx: Queryable, settings: ReportDeadlineSettings): Promise<void> {
  if (Object.keys(settings).length === 0) {
    await tx.query('DELETE FROM settings WHERE key = $1', [KEY]);
    return;
  }
  await tx.query(
    'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value',
    [KEY, JSON.stringify(settings)],
  );
}
