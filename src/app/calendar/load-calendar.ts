/**
 * The working-day calendar the platform computes with: the official 放假安排 built into the
 * program, then the years administrators entered (an entered year replaces the built-in one).
 * Loaded from the database for each use — a value, not a cache (house style).
 */
import type { Queryable } from '../../db/db.ts';
import { listStoredArrangements } from '../../db/queries/calendar.ts';
import type { YearArrangement } from '../../domain/calendar/arrangements.ts';
import { buildCalendar, type CountingCalendar } from '../../domain/calendar/holiday-calendar.ts';
import { OFFICIAL_ARRANGEMENTS } from '../../domain/calendar/official-arrangements.ts';
import { DEADLINE_SETTINGS } from '../../domain/deadlines/deadline-settings.ts';

/**
 * Every arrangement in force, official first, entered years after them (so they win).
 * @param db the database or the caller's transaction
 */
export async function loadArrangements(db: Queryable): Promise<YearArrangement[]> {
  const stored = await listStoredArrangements(db);
  return [
    ...OFFICIAL_ARRANGEMENTS,
    ...stored.map(({ year, notice, source, restDays, workdays }) => ({
      year,
      notice,
      source,
      restDays,
      workdays,
    })),
  ];
}

/**
 * The calendar: OFFICIAL_ARRANGEMENTS + the database rows (the database wins for a year), with the
 * platform's reading of the unknown 补假 of unpublished years (DEADLINE_SETTINGS).
 * @example const calendar = await loadWorkingDayCalendar(deps.db); computeDueDate(facts, calendar, DEADLINE_SETTINGS)
 */
export async function loadWorkingDayCalendar(db: Queryable): Promise<CountingCalendar> {
  return buildCalendar(await loadArrangements(db), DEADLINE_SETTINGS);
}
