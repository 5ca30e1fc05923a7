/**
 * `gongkai audit verify` and the check after a restore: walks the whole hash chain in id order,
 * a batch at a time (long trails are not held in memory).
 */
import type { Queryable } from '../../db/db.ts';
import { readAudit, sha256, type AuditRecord } from '../../db/queries/audit.ts';
import { GENESIS_HASH, verifyChain, type ChainBreak } from '../../domain/audit/chain.ts';

const BATCH = 1000;

/** How many records were read, and the first break (null: intact). */
export type AuditVerification = { count: number; broken: ChainBreak | null };

/** Verifies the audit chain. @returns the number of records and the first break (or null) */
export async function verifyAuditTrail(db: Queryable): Promise<AuditVerification> {
  let previous = GENESIS_HASH;
  let count = 0;
  let batch: AuditRecord[] = [];
  const check = (): ChainBreak | null => {
    const broken = verifyChain(sha256, batch, previous);
    previous = batch[batch.length - 1]?.hash ?? previous;
    batch = [];
    return broken;
  };
  for await (const record of readAudit(db, BATCH)) {
    count += 1;
    batch.push(record);
    if (batch.length === BATCH) {
      const broken = check();
      if (broken) {
        return { count, broken };
      }
    }
  }
  return { count, broken: check() };
}
