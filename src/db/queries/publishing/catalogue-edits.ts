/** Writes to the organ's 法定主动公开内容 column tree, and the counts its editor needs. */
import { queryOne, type Queryable } from '../../db.ts';

/**
 * Locks the organ's tree for an edit and answers its version (1 for a tree never edited).
 * Concurrent editors of one organ wait here, so checks on the loaded tree hold until commit.
 */
export async function lockCatalogueVersion(tx: Queryable, organId: number): Promise<number> {
  await tx.query(
    `INSERT INTO catalogue_versions (organ_id, version, updated_at, updated_by) VALUES ($1, 1, now(), '')
     ON CONFLICT (organ_id) DO NOTHING`,
    [organId],
  );
  const row = await queryOne<{ version: number }>(
    tx,
    'SELECT version FROM catalogue_versions WHERE organ_id = $1 FOR UPDATE',
    [organId],
  );
  return row!.version;
}

/** The tree's version as the editor page shows it (1 when never edited). */
export async function readCatalogueVersion(db: Queryable, organId: number): Promise<number> {
  const row = await queryOne<{ version: number }>(
    db,
    'SELECT version FROM catalogue_versions WHERE organ_id = $1',
    [organId],
  );
  return row?.version ?? 1;
}

/** Bumps the tree's version after an edit. */
export async function bumpCatalogueVersion(
  tx: Queryable,
  organId: number,
  at: Date,
  by: string,
): Promise<void> {
  await tx.query(
    'UPDATE catalogue_versions SET version = version + 1, updated_at = $2, updated_by = $3 WHERE organ_id = $1',
    [organId, at, by],
  );
}

/** Changes a column's name, slug and 依据. */
export async function updateCatalogueColumn(
  tx: Queryable,
  id: number,
  fields: { name: string; slug: string; basis: string },
): Promise<void> {
  await tx.query('UPDATE catalogue_columns SET name = $2, slug = $3, basis = $4 WHERE id = $1', [
    id,
    fields.name,
    fields.slug,
    fields.basis,
  ]);
}

/** Puts a column under another parent (null: the top level) at a position. */
export async function moveCatalogueColumn(
  tx: Queryable,
  id: number,
  parentId: number | null,
  position: number,
): Promise<void> {
  await tx.query('UPDATE catalogue_columns SET parent_id = $2, position = $3 WHERE id = $1', [
    id,
    parentId,
    position,
  ]);
}

/** Sets the positions of sibling columns. */
export async function setCataloguePositions(
  tx: Queryable,
  positions: readonly { id: number; position: number }[],
): Promise<void> {
  for (const p of positions) {
    await tx.query('UPDATE catalogue_columns SET position = $2 WHERE id = $1', [p.id, p.position]);
  }
}

/** Deletes a column (the caller made sure no item and no sub-column uses it). */
export async function deleteCatalogueColumn(tx: Queryable, id: number): Promise<void> {
  await tx.query('DELETE FROM catalogue_columns WHERE id = $1', [id]);
}

/** Items linked to a column: all of them, and those ever published (their pages name the column). */
export async function countColumnItems(
  db: Queryable,
  columnId: number,
): Promise<{ items: number; published: number }> {
  const row = await queryOne<{ items: number; published: number }>(
    db,
    `SELECT count(*)::int AS items, count(*) FILTER (WHERE i.published_version > 0)::int AS published
     FROM item_columns ic JOIN items i ON i.id = ic.item_id WHERE ic.column_id = $1`,
    [columnId],
  );
  return row ?? { items: 0, published: 0 };
}

/** Items linked to each column of the organ, any status (column id → count). */
export async function countItemsByColumn(db: Queryable, organId: number): Promise<Map<number, number>> {
  const rows = await db.query<{ id: number; n: number }>(
    `SELECT c.id, count(*)::int AS n FROM catalogue_columns c JOIN item_columns ic ON ic.column_id = c.id
     WHERE c.organ_id = $1 GROUP BY c.id`,
    [organId],
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}
