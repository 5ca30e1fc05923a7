/**
 * Searching the audit trail for the audit-log page: filters, newest first, paged. Which organs a
 * person may see is decided by the caller (src/app/audit) and passed in as a list.
 */
import type { Queryable } from '../db.ts';

/** Which records to return. */
export type AuditFilter = {
  /** Organs whose records may be returned. */
  organIds: readonly number[];
  /** Also records without an organ (only for people who see every organ). */
  includeNoOrgan: boolean;
  action: string | null;
  entity: string | null;
  actorId: number | null;
  /** Inclusive lower bound. */
  from: Date | null;
  /** Exclusive upper bound. */
  until: Date | null;
};

/** One audit record as the page shows it. */
export type AuditRow = {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string | null;
  organId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  /** What the subject is called today: an account's name, a case's number, an organ's name. */
  subjectName: string | null;
};

/** The subject's current name; entity ids are digits for these entities (checked before the cast). */
const SUBJECT_NAME = `CASE WHEN e.entity_id ~ '^[0-9]{1,9}$' THEN CASE e.entity
    WHEN 'account' THEN (SELECT a.display_name FROM accounts a WHERE a.id = e.entity_id::int)
    WHEN 'case' THEN (SELECT c.case_number FROM cases c WHERE c.id = e.entity_id::bigint)
    WHEN 'organ' THEN (SELECT o.name FROM organs o WHERE o.id = e.entity_id::int)
  END END`;

function where(f: AuditFilter): { sql: string; params: unknown[] } {
  return {
    sql: `(organ_id = ANY($1::int[]) OR ($2 AND organ_id IS NULL))
      AND ($3::text IS NULL OR action = $3) AND ($4::text IS NULL OR entity = $4)
      AND ($5::int IS NULL OR actor_id = $5)
      AND ($6::timestamptz IS NULL OR at >= $6) AND ($7::timestamptz IS NULL OR at < $7)`,
    params: [[...f.organIds], f.includeNoOrgan, f.action, f.entity, f.actorId, f.from, f.until],
  };
}

/** One page of matching records, newest first, and the total count. */
export async function searchAudit(
  db: Queryable,
  filter: AuditFilter,
  limit: number,
  offset: number,
): Promise<{ rows: AuditRow[]; total: number }> {
  const w = where(filter);
  const rows = await db.query<AuditRow>(
    `SELECT e.id, e.at, e.actor_id AS "actorId", e.actor_name AS "actorName", e.organ_id AS "organId",
            e.action, e.entity, e.entity_id AS "entityId", e.before, e.after, ${SUBJECT_NAME} AS "subjectName"
       FROM audit_events e WHERE ${w.sql} ORDER BY e.id DESC LIMIT $8 OFFSET $9`,
    [...w.params, limit, offset],
  );
  const count = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_events WHERE ${w.sql}`,
    w.params,
  );
  return { rows, total: count[0]?.n ?? 0 };
}

/** The actions, entities and people occurring in the records the filter's organs allow (for the filter form). */
export async function auditFacets(
  db: Queryable,
  organIds: readonly number[],
  includeNoOrgan: boolean,
): Promise<{ actions: string[]; entities: string[]; actors: Array<{ id: number; name: string }> }> {
  const scope = '(organ_id = ANY($1::int[]) OR ($2 AND organ_id IS NULL))';
  const params = [[...organIds], includeNoOrgan];
  const actions = await db.query<{ v: string }>(
    `SELECT DISTINCT action AS v FROM audit_events WHERE ${scope} ORDER BY 1`,
    params,
  );
  const entities = await db.query<{ v: string }>(
    `SELECT DISTINCT entity AS v FROM audit_events WHERE ${scope} ORDER BY 1`,
    params,
  );
  const actors = await db.query<{ id: number; name: string }>(
    `SELECT actor_id AS id, max(actor_name) AS name FROM audit_events WHERE ${scope} AND actor_id IS NOT NULL GROUP BY actor_id ORDER BY 2`,
    params,
  );
  return { actions: actions.map((r) => r.v), entities: entities.map((r) => r.v), actors };
}
