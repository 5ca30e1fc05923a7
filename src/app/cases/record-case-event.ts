/**
 * Writes one fact of a case, after whoever calls has checked that it may be written: append the
 * event → fold → recompute the clock → store the snapshot (if the case is still at the version
 * read) → review record → the letter the fact calls for → audit record. Used by
 * perform-case-action (staff steps) and the demo loader. (The ledger import writes historical
 * cases in bulk: no letters, one audit record per import.)
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { insertReview } from '../../db/queries/case-records.ts';
import { appendCaseEvent, updateCaseSnapshot } from '../../db/queries/cases.ts';
import type { WorkingDayCalendar } from '../../domain/calendar/holiday-calendar.ts';
import { evolveCase } from '../../domain/case/case-file.ts';
import type { CaseEventData } from '../../domain/case/events.ts';
import { caseClock } from './case-clock.ts';
import { issueLetterFor } from './issue-letter.ts';
import type { LoadedCase } from './load-case.ts';

export type EventAuthor = { actorId: number | null; actorName: string };

/**
 * @param action the audit action name (`case.<action>`)
 * @returns the case after the fact and the letter id, or null when the case moved on meanwhile (stale)
 */
export async function recordCaseEvent(
  tx: Queryable,
  loaded: LoadedCase,
  data: CaseEventData,
  by: EventAuthor,
  at: Date,
  calendar: WorkingDayCalendar,
  action: string,
): Promise<{ loaded: LoadedCase; letterId: number | null } | null> {
  const { row, events, file } = loaded;
  const next = evolveCase(file, data);
  const clock = caseClock(next, calendar);
  await appendCaseEvent(tx, row.id, events.length + 1, at, by, data);
  const snapshot = {
    status: next.status,
    dueOn: clock.due,
    dueProvisional: clock.provisional,
    decision: next.decision,
    closedOn: next.closedOn,
  };
  if (!(await updateCaseSnapshot(tx, row.id, row.version, snapshot, at))) {
    return null;
  }
  if (data.kind === 'reviewRecorded') {
    await insertReview(
      tx,
      row.organId,
      {
        caseId: row.id,
        kind: data.reviewKind,
        body: data.body,
        filedOn: data.on,
        result: data.result,
        concludedOn: data.concludedOn,
      },
      at,
    );
  }
  const letterId = await issueLetterFor(tx, loaded, data, next, clock.due, at);
  await appendAudit(tx, {
    at,
    ...by,
    organId: row.organId,
    action: `case.${action}`,
    entity: 'case',
    entityId: String(row.id),
    before: { status: file.status },
    after: { status: next.status, event: data, letterId },
  });
  const event = { seq: events.length + 1, at: at.toISOString(), actorName: by.actorName, data };
  return {
    loaded: {
      ...loaded,
      row: { ...row, ...snapshot, version: row.version + 1 },
      events: [...events, event],
      file: next,
    },
    letterId,
  };
}
