/** The organ's 法定主动公开内容 column tree. */
import { queryOne, type Queryable } from '../../db.ts';

export type CatalogueColumnRow = {
  id: number;
  parentId: number | null;
  slug: string;
  name: string;
  basis: string;
  position: number;
};

const COLUMNS = `id, parent_id AS "parentId", slug, name, basis, position`;

/** The organ's columns in tree order (parents before children, by position). */
export function listCatalogueColumns(db: Queryable, organId: number): Promise<CatalogueColumnRow[]> {
  return db.query<CatalogueColumnRow>(
    `SELECT ${COLUMNS} FROM catalogue_columns WHERE organ_id = $1 ORDER BY COALESCE(parent_id, 0), position, id`,
    [organId],
  );
}

/** One column of the organ by slug, or null. */
export function findCatalogueColumn(
  db: Queryable,
  organId: number,
  slug: string,
): Promise<CatalogueColumnRow | null> {
  return queryOne<CatalogueColumnRow>(
    db,
    `SELECT ${COLUMNS} FROM catalogue_columns WHERE organ_id = $1 AND slug = $2`,
    [organId, slug],
  );
}

/** Inserts a column and returns its id; an existing slug is left as it is (idempotent seeding). */
export async function insertCatalogueColumn(
  tx: Queryable,
  organId: number,
  column: { parentId: number | null; slug: string; name: string; basis: string; position: number },
): Promise<number> {
  await tx.query(
    `INSERT INTO catalogue_columns (organ_id, parent_id, slug, name, basis, position) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (organ_id, slug) DO NOTHING`,
    [organId, column.parentId, column.slug, column.name, column.basis, column.position],
  );
  const row = await queryOne<{ id: number }>(
    tx,
    'SELECT id FROM catalogue_columns WHERE organ_id = $1 AND slug = $2',
    [organId, column.slug],
  );
  return row!.id;
}

/** True when the organ has any column (the default tree was seeded). */
export async function hasCatalogue(db: Queryable, organId: number): Promise<boolean> {
  return (
    (await queryOne(db, 'SELECT 1 FROM catalogue_columns WHERE organ_id = $1 LIMIT 1', [organId])) !== null
  );
}
