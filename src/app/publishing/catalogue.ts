/**
 * The organ's 法定主动公开内容 columns: seeded from the default tree the first time anyone needs
 * them (idempotent: concurrent seeders insert the same slugs, ON CONFLICT DO NOTHING).
 */
import type { Queryable } from '../../db/db.ts';
import {
  hasCatalogue,
  insertCatalogueColumn,
  listCatalogueColumns,
  type CatalogueColumnRow,
} from '../../db/queries/publishing/catalogue.ts';
import { DEFAULT_CATALOGUE } from '../../domain/publishing/default-catalogue.ts';

/** Seeds the default tree for the organ if it has no columns yet. */
export async function ensureCatalogue(tx: Queryable, organId: number): Promise<void> {
  if (await hasCatalogue(tx, organId)) {
    return;
  }
  for (const [i, column] of DEFAULT_CATALOGUE.entries()) {
    const parentId = await insertCatalogueColumn(tx, organId, {
      parentId: null,
      slug: column.slug,
      name: column.name,
      basis: column.basis,
      position: i + 1,
    });
    for (const [j, child] of column.children.entries()) {
      await insertCatalogueColumn(tx, organId, {
        parentId,
        slug: child.slug,
        name: child.name,
        basis: '',
        position: j + 1,
      });
    }
  }
}

/** A column with its children (two levels, as the default tree). */
export type CatalogueNode = CatalogueColumnRow & { children: CatalogueColumnRow[] };

/** The organ's column tree (empty until seeded). */
export async function loadCatalogue(db: Queryable, organId: number): Promise<CatalogueNode[]> {
  const rows = await listCatalogueColumns(db, organId);
  return rows
    .filter((r) => r.parentId === null)
    .map((top) => ({ ...top, children: rows.filter((r) => r.parentId === top.id) }));
}

/** The column with this slug in a loaded tree, with the ids it covers (itself and its children). */
export function columnBySlug(
  tree: readonly CatalogueNode[],
  slug: string,
): { column: CatalogueColumnRow; ids: number[] } | null {
  for (const top of tree) {
    if (top.slug === slug) {
      return { column: top, ids: [top.id, ...top.children.map((c) => c.id)] };
    }
    const child = top.children.find((c) => c.slug === slug);
    if (child) {
      return { column: child, ids: [child.id] };
    }
  }
  return null;
}
