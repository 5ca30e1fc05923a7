/**
 * After the calendar changes (an administrator enters next year's 放假安排), the provisional due
 * dates are recomputed from the cases' events — of open cases, and of closed ones too, which keep
 * their statutory deadline (decision 018): a case answered while its deadline was still provisional
 * is judged on time or late against the real one. Runs in the calendar change's transaction; the
 * snapshot is the only thing that changes (no event: the facts did not change, only the calendar
 * the law refers to).
 */
import type { Queryable } from '../../db/db.ts';
import { listProvisionalDueCases, setCaseDueDate } from '../../db/queries/case-deadlines.ts';
import { listCaseEvents } from '../../db/queries/cases.ts';
import type { WorkingDayCalendar } from '../../domain/calendar/holiday-calendar.ts';
import { foldCase } from '../../domain/case/case-file.ts';
import { caseClock } from './case-clock.ts';

/**
 * @returns how many cases had a provisional due date and how many of those changed
 */
export async function refreshProvisionalDeadlines(
  tx: Queryable,
  calendar: WorkingDayCalendar,
): Promise<{ checked: number; changed: number }> {
  const rows = await listProvisionalDueCases(tx);
  let changed = 0;
  for (const row of rows) {
    const clock = caseClock(foldCase(await listCaseEvents(tx, row.id)), calendar);
    await setCaseDueDate(tx, row.id, clock.due, clock.provisional);
    changed += clock.due === row.dueOn ? 0 : 1;
  }
  return { checked: rows.length, changed };
}
