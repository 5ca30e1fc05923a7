/**
 * The empty template of an import (下载模板): the headers the import reads, each with its hint as
 * a cell note, every column formatted as text (so Excel keeps ID numbers, 索引号 and leading zeros
 * as typed). Required columns are marked with *.
 */
import type { SheetColumn } from '../../domain/imports/header-match.ts';

/**
 * @param wide the columns that get a wide cell (long texts)
 * @returns the .xlsx bytes
 */
export async function sheetTemplate<K extends string>(
  sheetName: string,
  columns: readonly SheetColumn<K>[],
  wide: readonly K[],
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use (decision 013)
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gongkai';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.isRequired ? `${c.header}*` : c.header,
    key: c.key,
    width: wide.includes(c.key) ? 40 : 16,
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    sheet.getCell(1, i + 1).note = c.hint;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
