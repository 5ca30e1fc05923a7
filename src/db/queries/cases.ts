/**
 * SQL for cases (依申请公开): numbering, the case row (facts of the application plus snapshots of
 * status and due date), its append-only events. Letters, attachments and reviews: case-records.ts.
 */
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { CaseEvent, CaseEventData } from '../../domain/case/events.ts';
import { queryOne, type Queryable } from '../db.ts';

/** The application's data as stored (personal data inside `applicant`). */
export type CaseRow = {
  id: number;
  organId: number;
  caseNumber: string;
  status: string;
  version: number;
  channel: string;
  receivedOn: LocalDate;
  periodVersion: string;
  applicantKind: string;
  applicant: Record<string, unknown>;
  applicantNameMasked: string;
  items: { description: string }[];
  summary: string;
  source: string;
  dueOn: LocalDate | null;
  dueProvisional: boolean;
  decision: string | null;
  closedOn: LocalDate | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A date column selected as `::text` (no time-zone conversion on either backend). */
const dateText = (value: unknown): LocalDate | null =>
  typeof value === 'string' ? (value.slice(0, 10) as LocalDate) : null;

/** The columns read back as `CaseRow` (dates as text: no time-zone games). */
export const CASE_COLUMNS = `c.id, c.organ_id, c.case_number, c.status, c.version, c.channel, c.received_on::text AS received_on,
  c.period_version, c.applicant_kind, c.applicant, c.applicant_name_masked, c.items, c.summary, c.source,
  c.due_on::text AS due_on, c.due_provisional, c.decision, c.closed_on::text AS closed_on, c.created_at, c.updated_at`;

/** Maps a row of `CASE_COLUMNS`. */
export function caseRowOf(r: Record<string, unknown>): CaseRow {
  return {
    id: Number(r.id),
    organId: r.organ_id as number,
    caseNumber: r.case_number as string,
    status: r.status as string,
    version: r.version as number,
    channel: r.channel as string,
    receivedOn: dateText(r.received_on)!,
    periodVersion: r.period_version as string,
    applicantKind: r.applicant_kind as string,
    applicant: r.applicant as Record<string, unknown>,
    applicantNameMasked: r.applicant_name_masked as string,
    items: r.items as { description: string }[],
    summary: r.summary as string,
    source: r.source as string,
    dueOn: dateText(r.due_on),
    dueProvisional: r.due_provisional as boolean,
    decision: (r.decision as string | null) ?? null,
    closedOn: dateText(r.closed_on),
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}

/** The organ's numbering pattern and short name, if set. */
export async function findCaseNumbering(
  db: Queryable,
  organId: number,
): Promise<{ pattern: string; shortName: string } | null> {
  return queryOne<{ pattern: string; shortName: string }>(
    db,
    'SELECT pattern, short_name AS "shortName" FROM case_numbering WHERE organ_id = $1',
    [organId],
  );
}

/** Sets the organ's numbering pattern and short name. */
export async function saveCaseNumbering(
  tx: Queryable,
  organId: number,
  pattern: string,
  shortName: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO case_numbering (organ_id, pattern, short_name) VALUES ($1, $2, $3)
     ON CONFLICT (organ_id) DO UPDATE SET pattern = EXCLUDED.pattern, short_name = EXCLUDED.short_name`,
    [organId, pattern, shortName],
  );
}

/** Takes the next sequence number of the organ's year (一案一号; concurrent intakes serialize on the row). */
export async function nextCaseSequence(tx: Queryable, organId: number, year: number): Promise<number> {
  const row = await queryOne<{ last_value: number }>(
    tx,
    `INSERT INTO case_sequences (organ_id, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (organ_id, year) DO UPDATE SET last_value = case_sequences.last_value + 1 RETURNING last_value`,
    [organId, year],
  );
  return row!.last_value;
}

export type NewCase = {
  organId: number;
  caseNumber: string;
  queryCodeHash: string;
  status: string;
  channel: string;
  receivedOn: LocalDate;
  periodVersion: string;
  applicantKind: string;
  applicant: Record<string, unknown>;
  applicantKey: string;
  applicantNameMasked: string;
  items: { description: string }[];
  summary: string;
  source: string;
  dueOn: LocalDate | null;
  dueProvisional: boolean;
  at: Date;
};

/** Inserts a case row; returns its id. */
export async function insertCase(tx: Queryable, c: NewCase): Promise<number> {
  const row = await queryOne<{ id: string | number }>(
    tx,
    `INSERT INTO cases (organ_id, case_number, query_code_hash, status, channel, received_on, period_version, applicant_kind,
       applicant, applicant_key, applicant_name_masked, items, summary, source, due_on, due_provisional, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12::jsonb, $13, $14, $15, $16, $17, $17) RETURNING id`,
    [
      c.organId,
      c.caseNumber,
      c.queryCodeHash,
      c.status,
      c.channel,
      c.receivedOn,
      c.periodVersion,
      c.applicantKind,
      JSON.stringify(c.applicant),
      c.applicantKey,
      c.applicantNameMasked,
      JSON.stringify(c.items),
      c.summary,
      c.source,
      c.dueOn,
      c.dueProvisional,
      c.at,
    ],
  );
  return Number(row!.id);
}

/** Appends one event (seq = its place in the history; a unique key refuses a lost race). */
export async function appendCaseEvent(
  tx: Queryable,
  caseId: number,
  seq: number,
  at: Date,
  actor: { actorId: number | null; actorName: string },
  data: CaseEventData,
): Promise<void> {
  await tx.query(
    'INSERT INTO case_events (case_id, seq, at, actor_id, actor_name, kind, data) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)',
    [caseId, seq, at, actor.actorId, actor.actorName, data.kind, JSON.stringify(data)],
  );
}

/** The case row, or null. `forUpdate` locks it for the rest of the transaction. */
export async function findCase(db: Queryable, id: number, forUpdate = false): Promise<CaseRow | null> {
  const row = await queryOne(
    db,
    `SELECT ${CASE_COLUMNS} FROM cases c WHERE c.id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row ? caseRowOf(row) : null;
}

/** The case's events in order. */
export async function listCaseEvents(db: Queryable, caseId: number): Promise<CaseEvent[]> {
  const rows = await db.query<{ seq: number; at: Date; actor_name: string; data: CaseEventData }>(
    'SELECT seq, at, actor_name, data FROM case_events WHERE case_id = $1 ORDER BY seq',
    [caseId],
  );
  return rows.map((r) => ({ seq: r.seq, at: r.at.toISOString(), actorName: r.actor_name, data: r.data }));
}

export type CaseSnapshot = {
  status: string;
  dueOn: LocalDate | null;
  dueProvisional: boolean;
  decision: string | null;
  closedOn: LocalDate | null;
};

/** Writes the derived snapshot if the case is still at `version`; false when someone else got there first. */
export async function updateCaseSnapshot(
  tx: Queryable,
  id: number,
  version: number,
  s: CaseSnapshot,
  at: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE cases SET status = $3, due_on = $4, due_provisional = $5, decision = $6, closed_on = $7, updated_at = $8, version = version + 1
     WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, s.status, s.dueOn, s.dueProvisional, s.decision, s.closedOn, at],
  );
  return rows.length === 1;
}

/** The case a query code belongs to (by hash), or null. */
export async function findCaseByQueryCode(db: Queryable, queryCodeHash: string): Promise<CaseRow | null> {
  const row = await queryOne(db, `SELECT ${CASE_COLUMNS} FROM cases c WHERE c.query_code_hash = $1`, [
    queryCodeHash,
  ]);
  return row ? caseRowOf(row) : null;
}

/** Dates of the applicant's earlier applications in a month (信息处理费 按件: the N-th of the 自然月). */
export async function countApplicantCasesInMonth(
  db: Queryable,
  applicantKey: string,
  monthStart: LocalDate,
  upTo: LocalDate,
): Promise<number> {
  const row = await queryOne<{ n: string | number }>(
    db,
    'SELECT count(*) AS n FROM cases WHERE applicant_key = $1 AND received_on >= $2 AND received_on <= $3',
    [applicantKey, monthStart, upTo],
  );
  return Number(row?.n ?? 0);
}

/** The applicant hash of a case (never shown; for counting the applicant's applications). */
export async function findApplicantKey(db: Queryable, caseId: number): Promise<string> {
  const row = await queryOne<{ applicant_key: string }>(db, 'SELECT applicant_key FROM cases WHERE id = $1', [
    caseId,
  ]);
  return row?.applicant_key ?? '';
}

/** The stored hash of a case's query code (download links are bound to it), or null. */
export async function findQueryCodeHash(db: Queryable, caseId: number): Promise<string | null> {
  const row = await queryOne<{ query_code_hash: string | null }>(
    db,
    'SELECT query_code_hash FROM cases WHERE id = $1',
    [caseId],
  );
  return row?.query_code_hash ?? null;
}
