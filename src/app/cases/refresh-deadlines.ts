/**
 * After the calendar changes (an administrator enters next year's 放假安排), the due dates of
 * open cases computed on weekdays only (provisional) are recomputed from their events. Runs in the
 * calendar change's transaction; the snapshot is the only thing that changes (no event: the facts
 * did not change, only the calendar the law refers to).
 */
import type { Queryable } from '../../db/db.ts';
import { listCaseEvents } from '../../db/queries/cases.ts';
import type { WorkingDayCalendar } from '../../domain/calendar/holiday-calendar.ts';
import { foldCase } from '../../domain/case/case-file.ts';
import { caseClock } from './case-clock.ts';

/**
 * @returns how many open cases had a provisional due date and how many of those changed
 */
export async function refreshProvisionalDeadlines(
  tx: Queryable,
  calendar: WorkingDayCalendar,
): Promise<{ checked: number; changed: number }> {
  const rows = await tx.query<{ id: string | number; due_on: string | null }>(
    "SELECT id, due_on::text AS due_on FROM cases WHERE status <> 'closed' AND due_provisional ORDER BY id FOR UPDATE",
  );
  let changed = 0;
  for (const row of rows) {
    const clock = caseClock(foldCase(await listCaseEvents(tx, Number(row.id))), calendar);
    await tx.query('UPDATE cases SET due_on = $2, due_provisional = $3 WHERE id = $1', [
      row.id,
      clock.due,
      clock.provisional,
    ]);
    changed += clock.due === row.due_on ? 0 : 1;
  }
  return { checked: rows.length, changed };
}
