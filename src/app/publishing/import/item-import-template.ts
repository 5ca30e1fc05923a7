/**
 * The empty template of an item import (下载模板): the shared import template with the item
 * import's columns (domain/publishing/import/item-import-columns.ts).
 */
import { ITEM_IMPORT_COLUMNS } from '../../../domain/publishing/import/item-import-columns.ts';
import { sheetTemplate } from '../../imports/sheet-template.ts';

/** @returns the .xlsx bytes */
export function itemImportTemplate(): Promise<Uint8Array> {
  return sheetTemplate('目录', ITEM_IMPORT_COLUMNS, ['title', 'summary', 'attachments']);
}
