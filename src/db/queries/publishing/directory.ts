/** The organ's 主动公开事项目录 rows and the columns each links to. */
import { queryOne, type Queryable } from '../../db.ts';
import type { DirectoryEntryInput } from '../../../domain/publishing/directory.ts';

export type DirectoryEntryRow = Omit<DirectoryEntryInput, 'columns'> & {
  id: number;
  version: number;
  position: number;
  isExample: boolean;
  updatedAt: Date;
  updatedBy: string;
  /** The linked columns in catalogue order. */
  columns: { id: number; slug: string; name: string }[];
};

const COLUMNS = `id, version, position, matter, sub_matter AS "subMatter", content, basis,
  time_limit AS "timeLimit", publisher, channels, audience, mode, levels, is_example AS "isExample",
  updated_at AS "updatedAt", updated_by AS "updatedBy"`;

type Link = { entryId: number; id: number; slug: string; name: string };

async function withColumns(
  db: Queryable,
  rows: Omit<DirectoryEntryRow, 'columns'>[],
): Promise<DirectoryEntryRow[]> {
  if (rows.length === 0) {
    return [];
  }
  const links = await db.query<Link>(
    `SELECT l.entry_id AS "entryId", c.id, c.slug, c.name FROM directory_entry_columns l
     JOIN catalogue_columns c ON c.id = l.column_id
     LEFT JOIN catalogue_columns p ON p.id = c.parent_id
     WHERE l.entry_id = ANY($1::int[]) ORDER BY COALESCE(p.position, c.position), c.parent_id NULLS FIRST, c.position, c.id`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    ...r,
    columns: links.filter((l) => l.entryId === r.id).map(({ id, slug, name }) => ({ id, slug, name })),
  }));
}

/** The organ's rows in order. */
export async function listDirectoryEntries(db: Queryable, organId: number): Promise<DirectoryEntryRow[]> {
  const rows = await db.query<Omit<DirectoryEntryRow, 'columns'>>(
    `SELECT ${COLUMNS} FROM directory_entries WHERE organ_id = $1 ORDER BY position, id`,
    [organId],
  );
  return withColumns(db, rows);
}

/** One row of the organ (locked when `forUpdate`), or null. */
export async function findDirectoryEntry(
  db: Queryable,
  organId: number,
  id: number,
  forUpdate = false,
): Promise<DirectoryEntryRow | null> {
  const row = await queryOne<Omit<DirectoryEntryRow, 'columns'>>(
    db,
    `SELECT ${COLUMNS} FROM directory_entries WHERE organ_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [organId, id],
  );
  return row === null ? null : ((await withColumns(db, [row]))[0] ?? null);
}

const values = (e: Omit<DirectoryEntryInput, 'columns'>) => [
  e.matter,
  e.subMatter,
  e.content,
  e.basis,
  e.timeLimit,
  e.publisher,
  JSON.stringify(e.channels),
  e.audience,
  e.mode,
  JSON.stringify(e.levels),
];

async function linkColumns(tx: Queryable, entryId: number, columnIds: readonly number[]): Promise<void> {
  await tx.query('DELETE FROM directory_entry_columns WHERE entry_id = $1', [entryId]);
  for (const columnId of new Set(columnIds)) {
    await tx.query('INSERT INTO directory_entry_columns (entry_id, column_id) VALUES ($1, $2)', [
      entryId,
      columnId,
    ]);
  }
}

/** Adds a row at the end and links its columns; answers its id. */
export async function insertDirectoryEntry(
  tx: Queryable,
  organId: number,
  entry: Omit<DirectoryEntryInput, 'columns'>,
  columnIds: readonly number[],
  meta: { isExample: boolean; at: Date; by: string },
): Promise<number> {
  const row = await queryOne<{ id: number }>(
    tx,
    `INSERT INTO directory_entries (organ_id, position, matter, sub_matter, content, basis, time_limit, publisher,
       channels, audience, mode, levels, is_example, updated_at, updated_by)
     VALUES ($1, COALESCE((SELECT max(position) FROM directory_entries WHERE organ_id = $1), 0) + 1,
       $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11::jsonb, $12, $13, $14)
     RETURNING id`,
    [organId, ...values(entry), meta.isExample, meta.at, meta.by],
  );
  await linkColumns(tx, row!.id, columnIds);
  return row!.id;
}

/** Replaces a row's values and links; it is the organ's own from now on (no longer 示例). */
export async function updateDirectoryEntry(
  tx: Queryable,
  id: number,
  entry: Omit<DirectoryEntryInput, 'columns'>,
  columnIds: readonly number[],
  meta: { at: Date; by: string },
): Promise<void> {
  await tx.query(
    `UPDATE directory_entries SET matter = $2, sub_matter = $3, content = $4, basis = $5, time_limit = $6,
       publisher = $7, channels = $8::jsonb, audience = $9, mode = $10, levels = $11::jsonb, is_example = false,
       version = version + 1, updated_at = $12, updated_by = $13
     WHERE id = $1`,
    [id, ...values(entry), meta.at, meta.by],
  );
  await linkColumns(tx, id, columnIds);
}

/** Deletes a row (its links go with it). */
export async function deleteDirectoryEntry(tx: Queryable, id: number): Promise<void> {
  await tx.query('DELETE FROM directory_entries WHERE id = $1', [id]);
}
