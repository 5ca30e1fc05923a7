/**
 * Plans an item import: every row becomes an item or gets its errors; a 索引号 given twice in the
 * file, or already held by an item, is an error on the later row (索引号 are unique across the
 * platform and never change). All or nothing: committable only when no row has an error. Pure.
 */
import type { KeyedRow } from '../../imports/header-match.ts';
import type { ImportContext, ImportedItem, ImportIssue } from './import-types.ts';
import { itemImportHeaderOf, type ItemImportColumnKey } from './item-import-columns.ts';
import { readImportRow } from './read-import-row.ts';

/** The whole plan. */
export type ItemImportPlan = {
  rowCount: number;
  items: ImportedItem[];
  /** Rows with at least one error. */
  invalidRows: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  attachmentCount: number;
  isCommittable: boolean;
};

/** The 索引号 of a row as compared for duplicates (case and width do not make a new number). */
export function indexNumberKey(text: string): string {
  return text.normalize('NFKC').trim().toUpperCase();
}

function duplicateErrors(
  rows: readonly KeyedRow<ItemImportColumnKey>[],
  taken: ReadonlySet<string>,
): Map<number, ImportIssue> {
  const column = itemImportHeaderOf('indexNumber');
  const firstLine = new Map<string, number>();
  const errors = new Map<number, ImportIssue>();
  rows.forEach((row, index) => {
    const text = (row.cells.indexNumber ?? '').trim();
    if (text === '') {
      return;
    }
    const key = indexNumberKey(text);
    const first = firstLine.get(key);
    if (taken.has(text)) {
      errors.set(index, { line: row.line, column, message: `索引号「${text}」已被平台上的其他信息使用` });
    } else if (first !== undefined) {
      errors.set(index, { line: row.line, column, message: `索引号「${text}」与第${first}行重复` });
    } else {
      firstLine.set(key, row.line);
    }
  });
  return errors;
}

/**
 * @example planItemImport(rows, context).isCommittable // false when any row has an error
 */
export function planItemImport(
  rows: readonly KeyedRow<ItemImportColumnKey>[],
  context: ImportContext,
): ItemImportPlan {
  const duplicates = duplicateErrors(rows, context.takenIndexNumbers);
  const items: ImportedItem[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let invalidRows = 0;
  rows.forEach((row, index) => {
    const reading = readImportRow(row, context);
    const duplicate = duplicates.get(index);
    const rowErrors = duplicate ? [duplicate, ...reading.errors] : reading.errors;
    warnings.push(...reading.warnings);
    if (rowErrors.length > 0 || reading.item === null) {
      invalidRows += 1;
      errors.push(...rowErrors);
    } else {
      items.push(reading.item);
    }
  });
  return {
    rowCount: rows.length,
    items,
    invalidRows,
    errors,
    warnings,
    attachmentCount: items.reduce((n, i) => n + i.attachments.length, 0),
    isCommittable: rows.length > 0 && invalidRows === 0,
  };
}
