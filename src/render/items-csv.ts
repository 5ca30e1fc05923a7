/**
 * The items dataset: one CSV row of metadata per published item (no body), with the same RFC 4180
 * writing and formula guard as the report dataset (csv.ts) — titles are text anyone could type.
 */
import { toCsvLine } from './csv.ts';

/** The columns, in order. Dates are `YYYY-MM-DD`; `publishedAt` is an ISO 8601 instant. */
export const ITEM_CSV_COLUMNS = [
  'id',
  'organ',
  'organName',
  'indexNumber',
  'title',
  'docNumber',
  'kind',
  'genre',
  'topic',
  'writtenOn',
  'effectiveOn',
  'publishedAt',
  'validity',
  'interpretationForm',
  'keywords',
  'summary',
  'url',
] as const;

/** One item's cells by column. */
export type ItemCsvRecord = Record<(typeof ITEM_CSV_COLUMNS)[number], string | number | null>;

/**
 * One CSV line of an item (no line terminator).
 * @example itemCsvLine({ id: 1, title: '=cmd', … }) // '1,…,\'=cmd,…'
 */
export function itemCsvLine(record: ItemCsvRecord): string {
  return toCsvLine(ITEM_CSV_COLUMNS.map((column) => String(record[column] ?? '')));
}

/** The header line. */
export const itemCsvHeader = (): string => toCsvLine([...ITEM_CSV_COLUMNS]);
