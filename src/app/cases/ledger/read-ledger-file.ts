/**
 * Reads an uploaded ledger (.xlsx or CSV) into ledger rows: the shared sheet reader
 * (app/imports/read-sheet-file.ts: type by content, hostile files refused, formulas never run)
 * with the ledger's limits, then the ledger's header and columns (sheet-rows.ts).
 */
import { MAX_LEDGER_ROWS, type LedgerRow } from '../../../domain/case/ledger/ledger-case.ts';
import { readSheetFile } from '../../imports/read-sheet-file.ts';
import { toLedgerRows } from './sheet-rows.ts';

/** Re-exported: callers catch it from here. */
export { LedgerFileError } from './ledger-file-error.ts';
export { cellText } from '../../imports/read-sheet-file.ts';

/** The upload limit for a ledger (the platform's general limit may be lower). */
export const MAX_LEDGER_BYTES = 10 * 1024 * 1024;
/** 20,000 rows of a wide ledger with long request texts stay well under this once inflated. */
export const MAX_LEDGER_INFLATED_BYTES = 64 * 1024 * 1024;

/** The rows of an uploaded ledger and the format it turned out to be. */
export type LedgerFile = { format: 'xlsx' | 'csv'; rows: LedgerRow[] };

/**
 * @param maxBytes the upload limit (at most MAX_LEDGER_BYTES)
 * @throws LedgerFileError with the reason in Chinese
 */
export async function readLedgerFile(bytes: Uint8Array, maxBytes = MAX_LEDGER_BYTES): Promise<LedgerFile> {
  const file = await readSheetFile(bytes, {
    maxBytes,
    maxInflatedBytes: MAX_LEDGER_INFLATED_BYTES,
    maxSheetRows: MAX_LEDGER_ROWS * 5,
    noun: '台账',
  });
  return { format: file.format, rows: toLedgerRows(file.rows) };
}
