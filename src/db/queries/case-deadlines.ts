/**
 * SQL for recomputing the stored deadline snapshot (cases.due_on, due_provisional) outside a case
 * action: after a calendar change (provisional dates) and for the one-off backfill of closed cases,
 * which keep their statutory deadline since migration 20261206160000 (decision 018).
 */
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { Queryable } from '../db.ts';

/** A case and its stored deadline. */
export type StoredDueDate = { id: number; dueOn: LocalDate | null };

const rowsOf = (rows: { id: string | number; due_on: string | null }[]): StoredDueDate[] =>
  rows.map((r) => ({ id: Number(r.id), dueOn: r.due_on as LocalDate | null }));

/** Every case, open or closed, whose stored deadline is provisional, locked for the transaction. */
export async function listProvisionalDueCases(tx: Queryable): Promise<StoredDueDate[]> {
  return rowsOf(
    await tx.query<{ id: string | number; due_on: string | null }>(
      'SELECT id, due_on::text AS due_on FROM cases WHERE due_provisional ORDER BY id FOR UPDATE',
    ),
  );
}

/**
 * One page of closed cases without a stored deadline, after `afterId`, locked for the transaction
 * (the backfill pages through them by id).
 */
export async function listClosedCasesWithoutDueDate(
  tx: Queryable,
  afterId: number,
  limit: number,
): Promise<StoredDueDate[]> {
  return rowsOf(
    await tx.query<{ id: string | number; due_on: string | null }>(
      `SELECT id, due_on::text AS due_on FROM cases
       WHERE status = 'closed' AND due_on IS NULL AND id > $1 ORDER BY id LIMIT $2 FOR UPDATE`,
      [afterId, limit],
    ),
  );
}

/** Stores a recomputed deadline (no version bump: the facts did not change, no event is written). */
export async function setCaseDueDate(
  tx: Queryable,
  id: number,
  dueOn: LocalDate | null,
  isProvisional: boolean,
): Promise<void> {
  await tx.query('UPDATE cases SET due_on = $2, due_provisional = $3 WHERE id = $1', [
    id,
    dueOn,
    isProvisional,
  ]);
}
