/**
 * The organ registry and its import previews. SQL only; the rules (who may change what, what a
 * valid organ is) live in src/domain/organs and src/app/organs.
 */
import type { Organ, OrganFields } from '../../domain/organs/organ.ts';
import type { Queryable } from '../db.ts';
import { queryOne } from '../db.ts';

/** Serializes writes to the organ tree (two concurrent moves could otherwise make a cycle). */
const TREE_LOCK = 4_207_120;

const ORGAN_COLUMNS = `id, parent_id AS "parentId", name, short_name AS "shortName", slug, type, level,
  credit_code AS "creditCode", address, postcode, phone, fax, email, office_hours AS "officeHours",
  sort_order AS "sortOrder", created_at AS "createdAt", updated_at AS "updatedAt", version`;

/** Takes the organ-tree write lock until the end of the transaction. */
export async function lockOrganTree(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [TREE_LOCK]);
}

/** Every organ, by id. */
export function listOrgans(db: Queryable): Promise<Organ[]> {
  return db.query<Organ>(`SELECT ${ORGAN_COLUMNS} FROM organs ORDER BY id`);
}

/** The organ with this id, or null. */
export function findOrgan(db: Queryable, id: number): Promise<Organ | null> {
  return queryOne<Organ>(db, `SELECT ${ORGAN_COLUMNS} FROM organs WHERE id = $1`, [id]);
}

/** The organ with this portal slug, or null. */
export function findOrganBySlug(db: Queryable, slug: string): Promise<Organ | null> {
  return queryOne<Organ>(db, `SELECT ${ORGAN_COLUMNS} FROM organs WHERE slug = $1`, [slug]);
}

/** How many organs exist. */
export async function countOrgans(db: Queryable): Promise<number> {
  const row = await queryOne<{ n: number }>(db, 'SELECT count(*)::int AS n FROM organs');
  return row?.n ?? 0;
}

/** Another organ (not `exceptId`) already using this slug or credit code, for a clear message. */
export async function findConflicts(
  db: Queryable,
  fields: Pick<OrganFields, 'slug' | 'creditCode'>,
  exceptId: number | null,
): Promise<{ slug: Organ | null; creditCode: Organ | null }> {
  const slug = await queryOne<Organ>(
    db,
    `SELECT ${ORGAN_COLUMNS} FROM organs WHERE slug = $1 AND id IS DISTINCT FROM $2`,
    [fields.slug, exceptId],
  );
  const creditCode =
    fields.creditCode === null
      ? null
      : await queryOne<Organ>(
          db,
          `SELECT ${ORGAN_COLUMNS} FROM organs WHERE credit_code = $1 AND id IS DISTINCT FROM $2`,
          [fields.creditCode, exceptId],
        );
  return { slug, creditCode };
}

const fieldValues = (f: OrganFields) => [
  f.name,
  f.shortName,
  f.slug,
  f.type,
  f.level,
  f.creditCode,
  f.address,
  f.postcode,
  f.phone,
  f.fax,
  f.email,
  f.officeHours,
  f.sortOrder,
];

/** Inserts an organ. @returns the stored row */
export async function insertOrgan(
  tx: Queryable,
  parentId: number | null,
  fields: OrganFields,
  at: Date,
): Promise<Organ> {
  const rows = await tx.query<Organ>(
    `INSERT INTO organs (name, short_name, slug, type, level, credit_code, address, postcode, phone, fax, email, office_hours, sort_order, parent_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING ${ORGAN_COLUMNS}`,
    [...fieldValues(fields), parentId, at],
  );
  return rows[0]!;
}

/**
 * Changes the fields of an organ still at `version` and bumps the version.
 * @returns the new row, or null when someone else changed it meanwhile (or it is gone)
 */
export function updateOrganFields(
  tx: Queryable,
  id: number,
  version: number,
  fields: OrganFields,
  at: Date,
): Promise<Organ | null> {
  return queryOne<Organ>(
    tx,
    `UPDATE organs SET name = $3, short_name = $4, slug = $5, type = $6, level = $7, credit_code = $8, address = $9,
       postcode = $10, phone = $11, fax = $12, email = $13, office_hours = $14, sort_order = $15, updated_at = $16, version = version + 1
     WHERE id = $1 AND version = $2 RETURNING ${ORGAN_COLUMNS}`,
    [id, version, ...fieldValues(fields), at],
  );
}

/**
 * Moves an organ still at `version` under `parentId` and bumps the version.
 * @returns the new row, or null when someone else changed it meanwhile
 */
export function updateOrganParent(
  tx: Queryable,
  id: number,
  version: number,
  parentId: number,
  at: Date,
): Promise<Organ | null> {
  return queryOne<Organ>(
    tx,
    `UPDATE organs SET parent_id = $3, updated_at = $4, version = version + 1 WHERE id = $1 AND version = $2 RETURNING ${ORGAN_COLUMNS}`,
    [id, version, parentId, at],
  );
}

/** Clears credit codes (an import that swaps codes between organs sets them again afterwards). */
export async function clearCreditCodes(tx: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) {
    await tx.query('UPDATE organs SET credit_code = NULL WHERE id = ANY($1::int[])', [[...ids]]);
  }
}

/** A parsed upload waiting for confirmation. */
export type OrganImportRecord = {
  token: string;
  accountId: number;
  fileName: string;
  payload: unknown;
  createdAt: Date;
  expiresAt: Date;
  committedAt: Date | null;
};

const IMPORT_COLUMNS = `token, account_id AS "accountId", file_name AS "fileName", payload, created_at AS "createdAt",
  expires_at AS "expiresAt", committed_at AS "committedAt"`;

/** Stores a parsed upload (and drops expired ones). */
export async function insertOrganImport(
  db: Queryable,
  record: Omit<OrganImportRecord, 'committedAt'>,
): Promise<void> {
  await db.query('DELETE FROM organ_imports WHERE expires_at < $1', [record.createdAt]);
  await db.query(
    'INSERT INTO organ_imports (token, account_id, file_name, payload, created_at, expires_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6)',
    [
      record.token,
      record.accountId,
      record.fileName,
      JSON.stringify(record.payload),
      record.createdAt,
      record.expiresAt,
    ],
  );
}

/** The stored upload with this token, or null. Locks it when `forUpdate` (inside a transaction). */
export function findOrganImport(
  db: Queryable,
  token: string,
  forUpdate = false,
): Promise<OrganImportRecord | null> {
  return queryOne<OrganImportRecord>(
    db,
    `SELECT ${IMPORT_COLUMNS} FROM organ_imports WHERE token = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [token],
  );
}

/** Marks an upload as imported (a second confirmation then does nothing). */
export async function markOrganImportCommitted(tx: Queryable, token: string, at: Date): Promise<void> {
  await tx.query('UPDATE organ_imports SET committed_at = $2 WHERE token = $1', [token, at]);
}
