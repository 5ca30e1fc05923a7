/**
 * The empty ledger template (下载模板): the shared import template (app/imports/sheet-template.ts)
 * with the ledger's columns.
 */
import { LEDGER_COLUMNS } from '../../../domain/case/ledger/ledger-columns.ts';
import { sheetTemplate } from '../../imports/sheet-template.ts';

/** @returns the .xlsx bytes */
export function ledgerTemplate(): Promise<Uint8Array> {
  return sheetTemplate('台账', LEDGER_COLUMNS, ['content']);
}
