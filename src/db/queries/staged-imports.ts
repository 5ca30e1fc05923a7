/**
 * SQL for staged imports: an upload parsed and stored for its uploader only, under a random token,
 * until the person confirms the preview (or an hour passes). One store for every import that
 * previews before it writes — the case ledger (`caseLedger`) and 主动公开 items (`items`, whose
 * ZIP of bodies and attachments is kept in `archive`).
 */
import { queryOne, type Queryable } from '../db.ts';

/** Which import a staged upload belongs to. */
export type StagedImportKind = 'caseLedger' | 'items' | 'reportFigures';

/** A parsed upload waiting for confirmation. */
export type StagedImportRecord = {
  token: string;
  kind: StagedImportKind;
  accountId: number;
  organId: number;
  fileName: string;
  fileSha256: string;
  format: 'xlsx' | 'csv';
  payload: unknown;
  /** A second uploaded file kept as it came (items: the ZIP), or null. */
  archive: Uint8Array | null;
  createdAt: Date;
  expiresAt: Date;
  committedAt: Date | null;
  outcome: unknown;
};

const COLUMNS = `token, kind, account_id AS "accountId", organ_id AS "organId", file_name AS "fileName",
  file_sha256 AS "fileSha256", format, payload, archive, created_at AS "createdAt", expires_at AS "expiresAt",
  committed_at AS "committedAt", outcome`;

/** Stores a parsed upload (and drops expired ones of every kind). */
export async function insertStagedImport(
  db: Queryable,
  record: Omit<StagedImportRecord, 'committedAt' | 'outcome'>,
): Promise<void> {
  await db.query('DELETE FROM staged_imports WHERE expires_at < $1', [record.createdAt]);
  await db.query(
    `INSERT INTO staged_imports (token, kind, account_id, organ_id, file_name, file_sha256, format, payload, archive,
       created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11)`,
    [
      record.token,
      record.kind,
      record.accountId,
      record.organId,
      record.fileName,
      record.fileSha256,
      record.format,
      JSON.stringify(record.payload),
      record.archive,
      record.createdAt,
      record.expiresAt,
    ],
  );
}

/** The stored upload of this kind with this token, or null. Locks it when `forUpdate` (inside a transaction). */
export function findStagedImport(
  db: Queryable,
  kind: StagedImportKind,
  token: string,
  forUpdate = false,
): Promise<StagedImportRecord | null> {
  return queryOne<StagedImportRecord>(
    db,
    `SELECT ${COLUMNS} FROM staged_imports WHERE token = $1 AND kind = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [token, kind],
  );
}

/** Marks an upload as imported: the rows and the archive are dropped, the counts kept. */
export async function markStagedImportCommitted(
  tx: Queryable,
  token: string,
  at: Date,
  outcome: unknown,
): Promise<void> {
  await tx.query(
    `UPDATE staged_imports SET committed_at = $2, outcome = $3::jsonb, payload = '[]'::jsonb, archive = NULL
     WHERE token = $1`,
    [token, at, JSON.stringify(outcome)],
  );
}
