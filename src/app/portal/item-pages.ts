/**
 * What the public pages of 主动公开 show, loaded for one request: a column's items, an item with its
 * attachments, 解读 and versions, the 规范性文件 library, and each column's count. Only published
 * items (a withdrawn one answers with its reason), never drafts.
 */
import type { Queryable } from '../../db/db.ts';
import { findItemFile, listItemFiles, type ItemFileRow } from '../../db/queries/publishing/item-files.ts';
import {
  linkedItems,
  listItemVersions,
  type LinkedItem,
  type ItemVersionRow,
} from '../../db/queries/publishing/item-links.ts';
import {
  countOutOfForce,
  countPublishedByColumn,
  findPublicItem,
  listColumnItems,
  listLibrary,
  type ItemLine,
} from '../../db/queries/publishing/item-lists.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { LAPSED_COLUMN_OF_KIND } from '../../domain/publishing/default-catalogue.ts';
import { isOneOf, VALIDITIES, type ItemKind } from '../../domain/publishing/vocabulary.ts';
import { columnBySlug, loadCatalogue, type CatalogueNode } from '../publishing/catalogue.ts';
import type { CatalogueColumnRow } from '../../db/queries/publishing/catalogue.ts';

export const COLUMN_PAGE_SIZE = 20;

/** The kinds whose out-of-force items a 废止和失效 column lists. */
export function lapsedKindsOf(slug: string): ItemKind[] {
  return (Object.entries(LAPSED_COLUMN_OF_KIND) as [ItemKind, string][])
    .filter(([, s]) => s === slug)
    .map(([k]) => k);
}

export type ColumnPage = {
  column: CatalogueColumnRow;
  tree: CatalogueNode[];
  total: number;
  lines: ItemLine[];
  page: number;
  pages: number;
};

/** A page of a column, or null when the organ has no such column. */
export async function loadColumnPage(
  db: Queryable,
  organId: number,
  slug: string,
  page: number,
): Promise<ColumnPage | null> {
  const tree = await loadCatalogue(db, organId);
  const found = columnBySlug(tree, slug);
  if (found === null) {
    return null;
  }
  const kinds = lapsedKindsOf(slug);
  const wanted = Math.max(1, page);
  let result = await listColumnItems(db, found.ids, kinds, organId, {
    offset: (wanted - 1) * COLUMN_PAGE_SIZE,
    limit: COLUMN_PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(result.total / COLUMN_PAGE_SIZE));
  const current = Math.min(wanted, pages);
  if (current !== wanted) {
    result = await listColumnItems(db, found.ids, kinds, organId, {
      offset: (current - 1) * COLUMN_PAGE_SIZE,
      limit: COLUMN_PAGE_SIZE,
    });
  }
  const { lines } = result;
  return { column: found.column, tree, total: result.total, lines, page: current, pages };
}

/** Counts per column slug (published items; 废止和失效 derived). */
export async function loadColumnCounts(
  db: Queryable,
  organId: number,
): Promise<{ tree: CatalogueNode[]; counts: Map<string, number> }> {
  const tree = await loadCatalogue(db, organId);
  const byId = await countPublishedByColumn(db, organId);
  const outOfForce = await countOutOfForce(db, organId);
  const counts = new Map<string, number>();
  for (const top of tree) {
    for (const column of [top, ...top.children]) {
      const lapsed = lapsedKindsOf(column.slug).reduce((n, k) => n + (outOfForce.get(k) ?? 0), 0);
      counts.set(column.slug, (byId.get(column.id) ?? 0) + lapsed);
    }
  }
  return { tree, counts };
}

export type PublicItem = {
  row: ItemRow;
  files: ItemFileRow[];
  interpretations: LinkedItem[];
  documents: LinkedItem[];
  versions: ItemVersionRow[];
  replacedBy: { id: number; title: string } | null;
};

/** A published (or withdrawn) item with what its page shows, or null. */
export async function loadPublicItem(db: Queryable, id: number): Promise<PublicItem | null> {
  const row = await findPublicItem(db, id);
  if (row === null) {
    return null;
  }
  const published = (items: LinkedItem[]) => items.filter((i) => i.status === 'published');
  const replacing = row.replacedBy === null ? null : await findItem(db, row.replacedBy);
  return {
    row,
    files: row.status === 'published' ? await listItemFiles(db, id) : [],
    interpretations: published(await linkedItems(db, id, 'interpretations')),
    documents: published(await linkedItems(db, id, 'documents')),
    versions: await listItemVersions(db, id),
    replacedBy:
      replacing !== null && replacing.status === 'published'
        ? { id: replacing.id, title: replacing.title }
        : null,
  };
}

/** The library filter from the query string (unknown values are ignored, with a note). */
export function libraryFilter(validity: string | undefined, year: string | undefined) {
  return {
    validity: isOneOf(VALIDITIES, validity) ? validity : null,
    year: year !== undefined && /^(19|20)\d{2}$/.test(year) ? Number(year) : null,
  };
}

/** The organ's 规章 and 规范性文件. */
export function loadLibrary(
  db: Queryable,
  organId: number,
  filter: ReturnType<typeof libraryFilter>,
): Promise<ItemLine[]> {
  return listLibrary(db, organId, filter);
}

/** An attachment of a published item of `organId`, with its bytes, or null. */
export async function loadPublicFile(db: Queryable, organId: number, fileId: number) {
  const file = await findItemFile(db, fileId);
  const item = file === null ? null : await findPublicItem(db, file.itemId);
  return file !== null && item !== null && item.status === 'published' && item.organId === organId
    ? file
    : null;
}
