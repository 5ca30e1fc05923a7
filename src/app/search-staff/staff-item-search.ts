/**
 * The text box of /staff/items (decision 036): the typed text → a tsquery over the staff item index
 * (名称, 文号, 索引号, 内容概述, 主题词, 正文 of items in every status), or a Chinese message when
 * the text cannot be searched. A search only reads: every item write keeps the index current in
 * its own transaction (index-staff-items.ts, decision 042).
 */
import { parseStaffQuery, type StaffQuery } from '../../domain/search/staff-query.ts';
import { ITEM_STATUSES } from '../../domain/publishing/vocabulary.ts';

/** Most items a search lists (newest change first). */
export const STAFF_ITEM_LIMIT = 200;

export type StaffItemSearch = StaffQuery;

/**
 * Reads the text box (null when empty: the tab's list is shown).
 * @example readStaffItemSearch('〔2024〕5号') // { text, tsquery: "'(2' <-> …", error: null }
 */
export function readStaffItemSearch(raw: string | undefined): StaffItemSearch | null {
  return parseStaffQuery(raw);
}

/** The statuses a search lists: every one, or none when the text cannot be searched. */
export function searchStatuses(search: StaffItemSearch): readonly string[] {
  return search.error === null ? ITEM_STATUSES : [];
}
