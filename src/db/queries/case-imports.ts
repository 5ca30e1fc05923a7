/**
 * SQL for the case ledger (台账): its stored import previews (staged-imports.ts), the bulk writes of an import (cases,
 * their events and review records, a thousand rows per statement), and the export's pages.
 * Rows travel as one JSON parameter (jsonb_to_recordset), the same on PGlite and PostgreSQL.
 */
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { CaseEventData } from '../../domain/case/events.ts';
import { queryOne, type Queryable } from '../db.ts';
import { insertStagedImport, markStagedImportCommitted, type StagedImportRecord } from './staged-imports.ts';

const CHUNK = 1000;

/** A parsed ledger waiting for confirmation (the staged-imports store, kind `caseLedger`). */
export type CaseImportRecord = Omit<StagedImportRecord, 'kind' | 'archive'>;

/** Stores a parsed ledger upload (and drops expired uploads of any kind). */
export function insertCaseImport(
  db: Queryable,
  record: Omit<CaseImportRecord, 'committedAt' | 'outcome'>,
): Promise<void> {
  return insertStagedImport(db, { ...record, kind: 'caseLedger', archive: null });
}

/** Marks a ledger upload as imported: the rows (personal data) are dropped, the counts kept. */
export const markCaseImportCommitted = markStagedImportCommitted;

/** The numbers among `numbers` that some case already has. */
export async function findExistingCaseNumbers(
  db: Queryable,
  numbers: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < numbers.length; i += CHUNK) {
    const rows = await db.query<{ case_number: string }>(
      'SELECT case_number FROM cases WHERE case_number = ANY($1::text[])',
      [numbers.slice(i, i + CHUNK)],
    );
    rows.forEach((r) => found.add(r.case_number));
  }
  return found;
}

/**
 * Takes `count` consecutive sequence numbers of the organ's year (一案一号).
 * @returns the first of them
 */
export async function reserveCaseSequences(
  tx: Queryable,
  organId: number,
  year: number,
  count: number,
): Promise<number> {
  const row = await queryOne<{ last_value: number }>(
    tx,
    `INSERT INTO case_sequences (organ_id, year, last_value) VALUES ($1, $2, $3)
     ON CONFLICT (organ_id, year) DO UPDATE SET last_value = case_sequences.last_value + EXCLUDED.last_value RETURNING last_value`,
    [organId, year, count],
  );
  return row!.last_value - count + 1;
}

/** Moves the organ's sequence for the year to at least `atLeast` (numbers kept from a ledger). */
export async function raiseCaseSequence(
  tx: Queryable,
  organId: number,
  year: number,
  atLeast: number,
): Promise<void> {
  await tx.query(
    `INSERT INTO case_sequences (organ_id, year, last_value) VALUES ($1, $2, $3)
     ON CONFLICT (organ_id, year) DO UPDATE SET last_value = GREATEST(case_sequences.last_value, EXCLUDED.last_value)`,
    [organId, year, atLeast],
  );
}

/** A case row written by an import (the same columns `insertCase` writes). */
export type ImportedCaseRow = {
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
  dueOn: LocalDate | null;
  dueProvisional: boolean;
  decision: string | null;
  closedOn: LocalDate | null;
};

/** Inserts cases (source 'import'). @returns the new ids by case number */
export async function insertImportedCases(
  tx: Queryable,
  cases: readonly ImportedCaseRow[],
  at: Date,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < cases.length; i += CHUNK) {
    const rows = await tx.query<{ id: string | number; case_number: string }>(
      `INSERT INTO cases (organ_id, case_number, query_code_hash, status, channel, received_on, period_version, applicant_kind,
         applicant, applicant_key, applicant_name_masked, items, summary, source, due_on, due_provisional, decision, closed_on, created_at, updated_at)
       SELECT x."organId", x."caseNumber", x."queryCodeHash", x.status, x.channel, x."receivedOn", x."periodVersion", x."applicantKind",
         x.applicant, x."applicantKey", x."applicantNameMasked", x.items, x.summary, 'import', x."dueOn", x."dueProvisional", x.decision, x."closedOn", $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS x("organId" int, "caseNumber" text, "queryCodeHash" text, status text, channel text,
         "receivedOn" date, "periodVersion" text, "applicantKind" text, applicant jsonb, "applicantKey" text, "applicantNameMasked" text,
         items jsonb, summary text, "dueOn" date, "dueProvisional" boolean, decision text, "closedOn" date)
       RETURNING id, case_number`,
      [JSON.stringify(cases.slice(i, i + CHUNK)), at],
    );
    rows.forEach((r) => ids.set(r.case_number, Number(r.id)));
  }
  return ids;
}

/** An event of an imported case. */
export type ImportedEventRow = { caseId: number; seq: number; data: CaseEventData };

/** Appends events, all recorded at `at` by `actor`. */
export async function insertImportedEvents(
  tx: Queryable,
  events: readonly ImportedEventRow[],
  at: Date,
  actor: { actorId: number | null; actorName: string },
): Promise<void> {
  for (let i = 0; i < events.length; i += CHUNK) {
    await tx.query(
      `INSERT INTO case_events (case_id, seq, at, actor_id, actor_name, kind, data)
       SELECT x."caseId", x.seq, $2, $3, $4, x.data->>'kind', x.data
       FROM jsonb_to_recordset($1::jsonb) AS x("caseId" bigint, seq int, data jsonb)`,
      [JSON.stringify(events.slice(i, i + CHUNK)), at, actor.actorId, actor.actorName],
    );
  }
}

/** A 行政复议 / 行政诉讼 record of an imported case. */
export type ImportedReviewRow = {
  caseId: number;
  organId: number;
  kind: string;
  body: string;
  filedOn: LocalDate;
  result: string;
};

/** Stores review and litigation records. */
export async function insertImportedReviews(
  tx: Queryable,
  reviews: readonly ImportedReviewRow[],
  at: Date,
): Promise<void> {
  for (let i = 0; i < reviews.length; i += CHUNK) {
    await tx.query(
      `INSERT INTO case_reviews (case_id, organ_id, kind, body, filed_on, result, concluded_on, created_at)
       SELECT x."caseId", x."organId", x.kind, x.body, x."filedOn", x.result, NULL, $2
       FROM jsonb_to_recordset($1::jsonb) AS x("caseId" bigint, "organId" int, kind text, body text, "filedOn" date, result text)`,
      [JSON.stringify(reviews.slice(i, i + CHUNK)), at],
    );
  }
}

/** What the export selects. */
export type LedgerQuery = {
  organIds: readonly number[];
  year: number | null;
  /** A status, 'open' (not closed) or null. */
  status: string | null;
  /** A decision code or group prefix ('withheld' matches every withheld.*), or null. */
  decision: string | null;
};

/** Where the previous page ended (keyset: receipt date, then id). */
export type LedgerCursor = { receivedOn: LocalDate; id: number } | null;

/** One case of the export as stored. */
export type LedgerExportRow = {
  id: number;
  organId: number;
  caseNumber: string;
  receivedOn: LocalDate;
  channel: string;
  applicantKind: string;
  applicant: Record<string, unknown>;
  items: { description: string }[];
  status: string;
  dueOn: LocalDate | null;
  decision: string | null;
  closedOn: LocalDate | null;
  extensionDays: number | null;
  reviews: { kind: string; result: string }[];
};

/** A page of the export, in order of receipt. */
export async function listLedgerPage(
  db: Queryable,
  query: LedgerQuery,
  after: LedgerCursor,
  limit: number,
): Promise<LedgerExportRow[]> {
  const rows = await db.query(
    `SELECT c.id, c.organ_id, c.case_number, c.received_on::text AS received_on, c.channel, c.applicant_kind, c.applicant, c.items,
       c.status, c.due_on::text AS due_on, c.decision, c.closed_on::text AS closed_on,
       (SELECT (e.data->>'days')::int FROM case_events e WHERE e.case_id = c.id AND e.kind = 'extensionApproved' ORDER BY e.seq DESC LIMIT 1) AS extension_days,
       COALESCE((SELECT json_agg(json_build_object('kind', r.kind, 'result', r.result) ORDER BY r.id) FROM case_reviews r WHERE r.case_id = c.id), '[]'::json) AS reviews
     FROM cases c
     WHERE c.organ_id = ANY($1::int[])
       AND ($2::int IS NULL OR (c.received_on >= make_date($2::int, 1, 1) AND c.received_on < make_date($2::int + 1, 1, 1)))
       AND ($3::text IS NULL OR ($3::text = 'open' AND c.status <> 'closed') OR c.status = $3::text)
       AND ($4::text IS NULL OR c.decision = $4::text OR c.decision LIKE $4::text || '.%')
       AND ($5::date IS NULL OR (c.received_on, c.id) > ($5::date, $6::bigint))
     ORDER BY c.received_on, c.id
     LIMIT $7`,
    [
      [...query.organIds],
      query.year,
      query.status,
      query.decision,
      after?.receivedOn ?? null,
      after?.id ?? 0,
      limit,
    ],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    organId: r.organ_id as number,
    caseNumber: r.case_number as string,
    receivedOn: r.received_on as LocalDate,
    channel: r.channel as string,
    applicantKind: r.applicant_kind as string,
    applicant: r.applicant as Record<string, unknown>,
    items: r.items as { description: string }[],
    status: r.status as string,
    dueOn: (r.due_on as LocalDate | null) ?? null,
    decision: (r.decision as string | null) ?? null,
    closedOn: (r.closed_on as LocalDate | null) ?? null,
    extensionDays:
      r.extension_days === null || r.extension_days === undefined ? null : Number(r.extension_days),
    reviews: (typeof r.reviews === 'string' ? JSON.parse(r.reviews) : r.reviews) as {
      kind: string;
      result: string;
    }[],
  }));
}
