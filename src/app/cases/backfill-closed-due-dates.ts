/**
 * One-off backfill for migration 20261206160000: before it, a case lost its deadline (due_on) when
 * it closed. This recomputes the deadline in force at closing from each closed case's events, on the
 * working-day calendar in force now, a page at a time, each page in its own transaction. Idempotent:
 * only closed cases without a stored deadline are read, and one that had none at closing (closed
 * while awaiting the 补正 or with the clock stopped) stays without. Run by
 * `gongkai db backfill-due-dates` (decision 018).
 */
import type { Db } from '../../db/db.ts';
import { listClosedCasesWithoutDueDate, setCaseDueDate } from '../../db/queries/case-deadlines.ts';
import { listCaseEvents } from '../../db/queries/cases.ts';
import { foldCase } from '../../domain/case/case-file.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';
import { caseClock } from './case-clock.ts';

/** Closed cases read per transaction. */
export const BACKFILL_PAGE_SIZE = 500;

/**
 * @returns how many closed cases had no deadline, and how many got one
 * @example await backfillClosedDueDates(db) // { checked: 1200, filled: 1150 }
 */
export async function backfillClosedDueDates(
  db: Db,
  pageSize = BACKFILL_PAGE_SIZE,
): Promise<{ checked: number; filled: number }> {
  let afterId = 0;
  let checked = 0;
  let filled = 0;
  for (;;) {
    const page = await db.transaction(async (tx) => {
      const rows = await listClosedCasesWithoutDueDate(tx, afterId, pageSize);
      const calendar = await loadWorkingDayCalendar(tx);
      let pageFilled = 0;
      for (const row of rows) {
        const clock = caseClock(foldCase(await listCaseEvents(tx, row.id)), calendar);
        if (clock.due !== null) {
          await setCaseDueDate(tx, row.id, clock.due, clock.provisional);
          pageFilled += 1;
        }
      }
      return { rows, filled: pageFilled };
    });
    checked += page.rows.length;
    filled += page.filled;
    if (page.rows.length < pageSize) {
      return { checked, filled };
    }
    afterId = page.rows.at(-1)!.id;
  }
}
