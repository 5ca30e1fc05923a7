/**
 * The empty ledger template (下载模板): the headers the import reads, each with its hint as a cell
 * note, every column formatted as text (so Excel keeps ID numbers and leading zeros as typed).
 */
import { LEDGER_COLUMNS } from '../../../domain/case/ledger/ledger-columns.ts';

/** @returns the .xlsx bytes */
export async function ledgerTemplate(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use (decision 013)
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gongkai';
  const sheet = workbook.addWorksheet('台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({
    header: c.isRequired ? `${c.header}*` : c.header,
    key: c.key,
    width: c.key === 'content' ? 40 : 16,
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  LEDGER_COLUMNS.forEach((c, i) => {
    sheet.getCell(1, i + 1).note = c.hint;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
