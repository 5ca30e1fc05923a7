/**
 * The open data API's items: a filtered page of published items (keyset by `cursor`, or a bounded
 * `page`), and one item with its attachments, 有效性 and 解读 links. Unknown organs and columns are
 * answered with a clear Chinese message, never with an empty scan of everything.
 */
import type { Queryable } from '../../db/db.ts';
import { listOpenItems, type OpenItemLine } from '../../db/queries/publishing/open-items.ts';
import type { ItemKind, Validity } from '../../domain/publishing/vocabulary.ts';
import { invalid, NOT_FOUND, type Result } from '../failures.ts';
import type { DirectorySnapshot } from '../portal/directory.ts';
import { lapsedKindsOf } from '../portal/item-pages.ts';
import { columnBySlug, loadCatalogue } from '../publishing/catalogue.ts';
import { decodeItemCursor, encodeItemCursor } from './item-cursor.ts';

/** Most items per page. */
export const MAX_ITEMS_LIMIT = 100;
/** Items per page when `limit` is not given. */
export const DEFAULT_ITEMS_LIMIT = 20;
/** The last page reachable by `page` (beyond it, `cursor`): an offset never costs more than this many pages. */
export const MAX_ITEMS_PAGE = 100;

/** The list's filters and paging, already checked by the API's schema. */
export type OpenItemsQuery = {
  organ?: string | undefined;
  column?: string | undefined;
  kind?: ItemKind | undefined;
  validity?: Validity | undefined;
  year?: number | undefined;
  limit?: number | undefined;
  page?: number | undefined;
  cursor?: string | undefined;
};

/** A page of items and the cursor of the next page (null on the last one). */
export type OpenItemsPage = { items: OpenItemLine[]; next: string | null };

/** The organ of a slug in the snapshot, or null. */
function organIdOf(snapshot: DirectorySnapshot, slug: string | undefined): number | null | undefined {
  return slug === undefined ? null : snapshot.bySlug.get(slug)?.id;
}

/**
 * A page of published items, newest first.
 * @returns `invalid` for a cursor that is not ours or a column without its organ; `not_found` for
 *   an organ or column that does not exist
 * @example await listOpenItemsPage(db, snapshot, { organ: 'boshan', limit: 20 })
 */
export async function listOpenItemsPage(
  db: Queryable,
  snapshot: DirectorySnapshot,
  query: OpenItemsQuery,
): Promise<Result<OpenItemsPage, 'invalid' | 'not_found'>> {
  const organId = organIdOf(snapshot, query.organ);
  if (organId === undefined) {
    return NOT_FOUND;
  }
  const after = query.cursor === undefined ? null : decodeItemCursor(query.cursor);
  if (query.cursor !== undefined && after === null) {
    return invalid({ cursor: 'cursor：翻页标记无效，请使用上一页返回的 next 链接。' });
  }
  if (after !== null && query.page !== undefined) {
    return invalid({ page: 'page：与 cursor 不能同时使用。' });
  }
  let columnIds: number[] | null = null;
  let lapsedKinds: string[] = [];
  if (query.column !== undefined) {
    if (organId === null) {
      return invalid({ column: 'column：按栏目筛选时须同时给出 organ（机构）。' });
    }
    const found = columnBySlug(await loadCatalogue(db, organId), query.column);
    if (found === null) {
      return NOT_FOUND;
    }
    columnIds = found.ids;
    lapsedKinds = lapsedKindsOf(query.column);
  }
  const limit = query.limit ?? DEFAULT_ITEMS_LIMIT;
  const rows = await listOpenItems(
    db,
    {
      organId,
      kind: query.kind ?? null,
      validity: query.validity ?? null,
      year: query.year ?? null,
      columnIds,
      lapsedKinds,
    },
    { after, offset: ((query.page ?? 1) - 1) * limit, limit: limit + 1 },
  );
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next =
    rows.length > limit && last !== undefined
      ? encodeItemCursor({ publishedKey: last.publishedKey, id: last.id })
      : null;
  return { ok: true, items, next };
}
