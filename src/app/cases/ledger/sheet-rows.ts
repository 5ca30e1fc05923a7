/**
 * Sheet rows (cells by position) → ledger rows (cells by column): the shared keyed-rows reader
 * (app/imports/keyed-rows.ts: header among the first ten rows, blank rows skipped) with the
 * ledger's columns and row limit.
 */
import { LEDGER_COLUMNS } from '../../../domain/case/ledger/ledger-columns.ts';
import { MAX_LEDGER_ROWS, type LedgerRow } from '../../../domain/case/ledger/ledger-case.ts';
import { toKeyedRows } from '../../imports/keyed-rows.ts';
import type { SheetRow } from '../../imports/read-sheet-file.ts';

export type { SheetRow } from '../../imports/read-sheet-file.ts';

/**
 * @throws LedgerFileError when there is no usable header, no data, or more than MAX_LEDGER_ROWS rows
 */
export function toLedgerRows(sheetRows: readonly SheetRow[]): LedgerRow[] {
  return toKeyedRows(LEDGER_COLUMNS, sheetRows, { maxRows: MAX_LEDGER_ROWS, noun: '台账' });
}
