/**
 * SQL for the staff work queues and the case search: filtered, paged lists of cases of the organs
 * a person may see, and the queue counts. Time-relative queues (due soon, overdue) take the date
 * thresholds as parameters — computed from today and the working-day calendar by the caller. The
 * text filter matches the bigram index of case_search (decision 036).
 */
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { Queryable } from '../db.ts';
import { CASE_COLUMNS, caseRowOf, type CaseRow } from './cases.ts';

export const QUEUE_KEYS = [
  'open',
  'registered',
  'awaitingCorrection',
  'inConsultation',
  'awaitingFee',
  'inReview',
  'inSigning',
  'toDeliver',
  'dueSoon',
  'overdue',
  'closed',
  'all',
] as const;
export type QueueKey = (typeof QUEUE_KEYS)[number];

export type CaseFilter = {
  organIds: readonly number[];
  queue: QueueKey;
  year: number | null;
  decision: string | null;
  /** What the person typed (case number, words of the summary, the applicant's name), trimmed. */
  text: string;
  /** The tsquery literal of `text` (src/domain/search/query.ts), or null: no text filter. */
  textQuery: string | null;
  today: LocalDate;
  /** The last day that still counts as 即将到期 (today + 5 working days). */
  dueSoonUntil: LocalDate;
};

function whereOf(f: CaseFilter): { sql: string; params: unknown[] } {
  // one organ: `=` lets the planner walk the open-queue index in due-date order and stop after a page
  const params: unknown[] = [f.organIds.length === 1 ? f.organIds[0] : f.organIds];
  const clauses = [f.organIds.length === 1 ? 'c.organ_id = $1' : 'c.organ_id = ANY($1::int[])'];
  const add = (sql: string, ...values: unknown[]) => {
    const numbered = values.reduce<string>((text, value) => {
      params.push(value);
      return text.replace('?', `$${params.length}`);
    }, sql);
    clauses.push(numbered);
  };
  switch (f.queue) {
    case 'open':
      add("c.status <> 'closed'");
      break;
    case 'closed':
      add("c.status = 'closed'");
      break;
    case 'all':
      break;
    case 'dueSoon':
      add("c.status <> 'closed' AND c.due_on >= ? AND c.due_on <= ?", f.today, f.dueSoonUntil);
      break;
    case 'overdue':
      add("c.status <> 'closed' AND c.due_on < ?", f.today);
      break;
    case 'registered':
    case 'awaitingCorrection':
    case 'inConsultation':
    case 'awaitingFee':
    case 'inReview':
    case 'inSigning':
    case 'toDeliver':
      add('c.status = ?', f.queue);
  }
  if (f.year !== null) {
    add('c.received_on >= ? AND c.received_on <= ?', `${f.year}-01-01`, `${f.year}-12-31`);
  }
  if (f.decision !== null) {
    add('c.decision = ?', f.decision);
  }
  if (f.textQuery !== null) {
    // the bigram phrase over case_search (GIN), or the case number exactly as typed
    add(
      `c.id IN (SELECT s.case_id FROM case_search s WHERE s.tokens @@ ?::tsquery
        UNION ALL SELECT n.id FROM cases n WHERE n.case_number = ?)`,
      f.textQuery,
      f.text,
    );
  }
  return { sql: clauses.join(' AND '), params };
}

/** One page of cases (open ones by due date, closed ones newest first) and the total. */
export async function listCasePage(
  db: Queryable,
  f: CaseFilter,
  limit: number,
  offset: number,
): Promise<{ rows: CaseRow[]; total: number }> {
  const { sql, params } = whereOf(f);
  const order =
    f.queue === 'closed' || f.queue === 'all'
      ? 'c.received_on DESC, c.id DESC'
      : 'c.due_on ASC NULLS LAST, c.id';
  const rows = await db.query(
    `SELECT ${CASE_COLUMNS} FROM cases c WHERE ${sql} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
    params,
  );
  const count = await db.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM cases c WHERE ${sql}`,
    params,
  );
  return { rows: rows.map(caseRowOf), total: Number(count[0]?.n ?? 0) };
}

/** Counts of the open queues for the workbench, over the organs given. */
export async function countQueues(
  db: Queryable,
  organIds: readonly number[],
  today: LocalDate,
  dueSoonUntil: LocalDate,
): Promise<Record<string, number>> {
  const rows = await db.query<{
    status: string;
    n: string | number;
    due_soon: string | number;
    overdue: string | number;
  }>(
    `SELECT status, count(*) AS n,
       count(*) FILTER (WHERE due_on >= $2 AND due_on <= $3) AS due_soon,
       count(*) FILTER (WHERE due_on < $2) AS overdue
     FROM cases WHERE organ_id = ANY($1::int[]) AND status <> 'closed' GROUP BY status`,
    [organIds, today, dueSoonUntil],
  );
  const counts: Record<string, number> = { open: 0, dueSoon: 0, overdue: 0 };
  for (const r of rows) {
    counts[r.status] = Number(r.n);
    counts.open! += Number(r.n);
    counts.dueSoon! += Number(r.due_soon);
    counts.overdue! += Number(r.overdue);
  }
  return counts;
}
