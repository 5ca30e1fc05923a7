/**
 * The text box of /staff/items (decision 036): the typed text → a tsquery over the staff item index
 * (名称, 文号, 索引号, 内容概述, 主题词, 正文 of items in every status), after the organ's stale items
 * are rebuilt, or a Chinese message when the text cannot be searched.
 */
import type { Db } from '../../db/db.ts';
import { parseStaffQuery, type StaffQuery } from '../../domain/search/staff-query.ts';
import { ITEM_STATUSES } from '../../domain/publishing/vocabulary.ts';
import { refreshItemSearch } from './refresh-item-search.ts';

/** Most items a search lists (newest change first). */
export const STAFF_ITEM_LIMIT = 200;

export type StaffItemSearch = StaffQuery;

/**
 * Reads the text box (null when empty: the tab's list is shown); before a searchable text, brings
 * the organ's stale items up to date.
 * @example await readStaffItemSearch(db, 3, '〔2024〕5号') // { text, tsquery: "'(2' <-> …", error: null }
 */
export async function readStaffItemSearch(
  db: Db,
  organId: number,
  raw: string | undefined,
): Promise<StaffItemSearch | null> {
  const search = parseStaffQuery(raw);
  if (search?.tsquery) {
    await refreshItemSearch(db, organId);
  }
  return search;
}

/** The statuses a search lists: every one, or none when the text cannot be searched. */
export function searchStatuses(search: StaffItemSearch): readonly string[] {
  return search.error === null ? ITEM_STATUSES : [];
}
