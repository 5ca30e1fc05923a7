/** A ledger file that cannot be imported at all: the shared sheet reader's error (app/imports). */
export { SheetFileError as LedgerFileError } from '../../imports/sheet-file-error.ts';
