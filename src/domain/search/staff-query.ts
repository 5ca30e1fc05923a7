/**
 * A staff search box (办件 queue, 主动公开 list; decision 036) → the text shown back and the tsquery
 * matched, with the public search's units and limits (decision 030). Input that cannot be searched
 * gets a Chinese message instead: over 1,000 characters, over 100 units, or nothing searchable left
 * after folding (zero-width marks, lone surrogates). `& | ! : * ( ) ' % _ \` are searched as text.
 */
import { MAX_QUERY_CHARS, parseQuery } from './query.ts';

export type StaffQuery = {
  /** the text as typed, trimmed and cut to what a query may hold, shown back in the box */
  text: string;
  /** the tsquery literal, or null when `error` says why the text cannot be searched */
  tsquery: string | null;
  error: string | null;
};

/**
 * Reads a staff search box; null when it is empty (no text filter).
 * @example parseStaffQuery('〔2025〕3号')?.tsquery // "'(2' <-> '20' <-> …"
 * @example parseStaffQuery('\u200b')?.error // '检索词中没有可查找的文字（只有空白或不可见字符），请重新输入'
 */
export function parseStaffQuery(raw: string | undefined): StaffQuery | null {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') {
    return null;
  }
  const text = trimmed.slice(0, MAX_QUERY_CHARS);
  const parsed = parseQuery(trimmed);
  if (parsed.ok) {
    return { text, tsquery: parsed.query.tsquery, error: null };
  }
  const error =
    parsed.message === '请输入检索词'
      ? '检索词中没有可查找的文字（只有空白或不可见字符），请重新输入'
      : parsed.message;
  return { text, tsquery: null, error };
}
