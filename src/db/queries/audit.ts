/**
 * Appending to and reading the audit trail. `appendAudit` must be called inside the transaction
 * of the change it records; it serializes appends (the chain needs the previous hash).
 */
import crypto from 'node:crypto';
import { chainHash, GENESIS_HASH, type AuditContent } from '../../domain/audit/chain.ts';
import type { Queryable } from '../db.ts';

export const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('hex');

const APPEND_LOCK = 4_207_111;

export type AuditInput = Omit<AuditContent, 'at'> & { at: Date };

/** Appends one record to the chain (in the caller's transaction). */
export async function appendAudit(tx: Queryable, input: AuditInput): Promise<number> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
  const last = await tx.query<{ hash: string }>('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
  const previous = last[0]?.hash ?? GENESIS_HASH;
  // Hash exactly what jsonb will give back: plain JSON (dates as strings, no undefined).
  const plain = (v: unknown): unknown =>
    v === undefined || v === null ? null : JSON.parse(JSON.stringify(v));
  const content: AuditContent = {
    ...input,
    before: plain(input.before),
    after: plain(input.after),
    at: input.at.toISOString(),
  };
  const hash = chainHash(sha256, previous, content);
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO audit_events (at, actor_id, actor_name, organ_id, action, entity, entity_id, before, after, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11) RETURNING id`,
    [
      content.at,
      input.actorId,
      input.actorName,
      input.organId,
      input.action,
      input.entity,
      input.entityId,
      content.before === null ? null : JSON.stringify(content.before),
      content.after === null ? null : JSON.stringify(content.after),
      previous,
      hash,
    ],
  );
  return rows[0]!.id;
}

export type AuditRecord = { id: number; prevHash: string; hash: string; content: AuditContent };

/** Reads records in id order, `batch` at a time (for verification of long trails). */
export async function* readAudit(db: Queryable, batch = 1000): AsyncGenerator<AuditRecord> {
  let after = 0;
  for (;;) {
    const rows = await db.query<Record<string, unknown>>(
      'SELECT * FROM audit_events WHERE id > $1 ORDER BY id LIMIT $2',
      [after, batch],
    );
    for (const r of rows) {
      yield {
        id: r.id as number,
        prevHash: r.prev_hash as string,
        hash: r.hash as string,
        content: {
          at: (r.at as Date).toISOString(),
          actorId: (r.actor_id as number | null) ?? null,
          actorName: (r.actor_name as string | null) ?? null,
          organId: (r.organ_id as number | null) ?? null,
          action: r.action as string,
          entity: r.entity as string,
          entityId: (r.entity_id as string | null) ?? null,
          before: r.before ?? null,
          after: r.after ?? null,
        },
      };
    }
    if (rows.length < batch) {
      return;
    }
    after = rows[rows.length - 1]!.id as number;
  }
}
