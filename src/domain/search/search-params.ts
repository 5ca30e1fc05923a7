/**
 * The public search form (query string values) → a checked query, filters, order and cursor, or
 * one Chinese message per field. Pure: the shells pass the strings and the list of valid values.
 */
import { compareDates, parseLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { FieldErrors } from '../field-errors.ts';
import { isTopic } from '../publishing/topics.ts';
import { GENRES, VALIDITIES, isOneOf } from '../publishing/vocabulary.ts';
import { parseQuery, type SearchQuery } from './query.ts';
import { isSearchSourceKind, type SearchSourceKind } from './search-source.ts';
import type { SearchCursor, SearchFilters } from './search-types.ts';

export type RawSearchParams = Partial<
  Record<
    | 'q'
    | 'organ'
    | 'column'
    | 'topic'
    | 'genre'
    | 'validity'
    | 'from'
    | 'to'
    | 'writtenFrom'
    | 'writtenTo'
    | 'sort'
    | 'after'
    | 'kind',
    string
  >
>;

export type CheckedFilters = SearchFilters;
export type CheckedCursor = SearchCursor;

export type CheckedSearch = {
  query: SearchQuery;
  filters: CheckedFilters;
  sort: 'date' | 'relevance';
  after: CheckedCursor | null;
};

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

function id(value: string | undefined, field: string, label: string, errors: FieldErrors): number | null {
  if (blank(value)) {
    return null;
  }
  if (!/^[1-9]\d{0,8}$/.test(value!.trim())) {
    errors[field] = `${label}的值无效，请从列表中选择`;
    return null;
  }
  return Number(value!.trim());
}

function oneOf(
  ok: (v: string) => boolean,
  value: string | undefined,
  field: string,
  label: string,
  errors: FieldErrors,
) {
  if (blank(value)) {
    return null;
  }
  if (!ok(value!)) {
    errors[field] = `${label}没有「${value!.slice(0, 20)}」这一项，请从列表中选择`;
    return null;
  }
  return value!;
}

function date(
  value: string | undefined,
  field: string,
  label: string,
  errors: FieldErrors,
): LocalDate | null {
  if (blank(value)) {
    return null;
  }
  const parsed = parseLocalDate(value!.trim());
  if (parsed === null) {
    errors[field] = `${label}须是日期，例如 2024-01-31`;
  }
  return parsed;
}

/** 9999-12-31T23:59:59.999Z: the latest time a cursor can carry. */
const LAST_CURSOR_MS = 253_402_300_799_999;

/**
 * Reads the cursor `<ms>.<key>` (by date) or `<ms>.<key>.<rank>` (by relevance); a key is negative
 * for annual reports and replies (search-source.ts).
 * @example parseCursor('1733011200000.42') → { publishedAt: 2024-12-01T00:00:00Z, sourceId: 42, rank: null }
 */
export function parseCursor(text: string): CheckedCursor | null {
  const match = /^(\d{1,15})\.(-?\d{1,15})(?:\.(\d+(?:\.\d+)?(?:e-?\d+)?))?$/.exec(text.trim());
  if (match === null) {
    return null;
  }
  const at = new Date(Number(match[1]));
  const rank = match[3] === undefined ? null : Number(match[3]);
  // a time past year 9999 or an infinite rank cannot be a hit's key, and the database refuses them
  return Number(match[1]) > LAST_CURSOR_MS || !Number.isSafeInteger(Number(match[2])) || rank === Infinity
    ? null
    : { publishedAt: at, sourceId: Number(match[2]), rank };
}

/** The cursor as the next page's link carries it. */
export function formatCursor(cursor: CheckedCursor): string {
  const base = `${cursor.publishedAt.getTime()}.${cursor.sourceId}`;
  return cursor.rank === null ? base : `${base}.${cursor.rank}`;
}

function range(
  from: LocalDate | null,
  to: LocalDate | null,
  field: string,
  label: string,
  errors: FieldErrors,
) {
  if (from !== null && to !== null && compareDates(from, to) > 0) {
    errors[field] = `${label}的起始日期晚于截止日期`;
  }
}

/** Checks the search form; `q` is required. */
export function checkSearchParams(
  raw: RawSearchParams,
): { ok: true; search: CheckedSearch } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const parsed = parseQuery(raw.q ?? '');
  if (!parsed.ok) {
    errors.q = parsed.message;
  }
  const filters: CheckedFilters = {
    organId: id(raw.organ, 'organ', '发布机构', errors),
    columnId: id(raw.column, 'column', '栏目', errors),
    topic: oneOf(isTopic, raw.topic, 'topic', '主题分类', errors),
    genre: oneOf((v) => isOneOf(GENRES, v), raw.genre, 'genre', '体裁', errors),
    validity: oneOf((v) => isOneOf(VALIDITIES, v), raw.validity, 'validity', '有效性', errors),
    publishedFrom: date(raw.from, 'from', '发布日期', errors),
    publishedTo: date(raw.to, 'to', '发布日期', errors),
    writtenFrom: date(raw.writtenFrom, 'writtenFrom', '成文日期', errors),
    writtenTo: date(raw.writtenTo, 'writtenTo', '成文日期', errors),
    sourceKind: oneOf(isSearchSourceKind, raw.kind, 'kind', '信息类别', errors) as SearchSourceKind | null,
  };
  range(filters.publishedFrom, filters.publishedTo, 'to', '发布日期', errors);
  range(filters.writtenFrom, filters.writtenTo, 'writtenTo', '成文日期', errors);
  const sort =
    blank(raw.sort) || raw.sort === 'date' ? 'date' : raw.sort === 'relevance' ? 'relevance' : null;
  if (sort === null) {
    errors.sort = '排序方式只能是“按发布日期”或“按相关度”';
  }
  const after = blank(raw.after) ? null : parseCursor(raw.after!);
  if (!blank(raw.after) && (after === null || (sort === 'relevance') !== (after.rank !== null))) {
    errors.after = '翻页参数无效，请从第一页重新检索';
  }
  if (Object.keys(errors).length > 0 || !parsed.ok) {
    return { ok: false, errors };
  }
  return { ok: true, search: { query: parsed.query, filters, sort: sort!, after } };
}

/** What to change when nothing was found (empty list when nothing can be suggested). */
export function emptyResultAdvice(search: CheckedSearch): string[] {
  const advice: string[] = [];
  const f = search.filters;
  const active = [
    f.organId !== null || f.columnId !== null ? '发布机构或栏目' : null,
    f.sourceKind !== null ? '信息类别' : null,
    f.topic !== null ? '主题分类' : null,
    f.genre !== null ? '体裁' : null,
    f.validity !== null ? '有效性' : null,
    f.publishedFrom !== null || f.publishedTo !== null ? '发布日期' : null,
    f.writtenFrom !== null || f.writtenTo !== null ? '成文日期' : null,
  ].filter((x) => x !== null);
  if (active.length > 0) {
    advice.push(`去掉筛选条件（${active.join('、')}）再检索`);
  }
  if (search.query.units.length > 4) {
    advice.push('检索词须原样出现在文中，可缩短检索词，例如只用其中的关键部分');
  }
  advice.push('检查检索词有无错别字；文号可只输入年份和序号，例如“2024〕5号”');
  return advice;
}
