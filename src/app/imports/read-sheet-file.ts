/**
 * Reads an uploaded table (.xlsx, or CSV in UTF-8 / GB18030 / UTF-16; the type is decided by the
 * content, never the file name) into sheet rows — for every import that takes a sheet (the case
 * ledger, 主动公开 items). Hostile files are refused with a Chinese reason before anything big is
 * unpacked: over the size limit, a zip bomb or a sheet that inflates past the limit or is not a
 * real Excel package (io/zip/office-package.ts), too many rows, an old .xls, a web page saved as .xlsx.
 * The sheet is read as a stream, row by row, so a large ledger never sits in memory as a workbook.
 * Formulas are never run: a cell gives its cached value, or the formula's text as plain text.
 */
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { megabytesText } from '../../domain/byte-size.ts';
import { decodeText } from '../../io/decode-text.ts';
import { checkOfficePackage, OFFICE_LIMITS, type OfficeProblem } from '../../io/zip/office-package.ts';
import { officeProblemText } from '../../io/zip/office-problem-text.ts';
import { hasZipSignature } from '../../io/zip/zip-directory.ts';
import { looksLikeHtml } from '../../io/sniff.ts';
import { hasPdfHeader } from '../../io/upload/inspect-upload.ts';
import { parseCsv } from '../organs/csv.ts';
import { removeFormulaGuard } from '../../render/formula-guard.ts';
import { SheetFileError } from './sheet-file-error.ts';

export { SheetFileError } from './sheet-file-error.ts';

/** A row as read from the sheet: its number, cell texts by position, problems by position. */
export type SheetRow = { line: number; cells: string[]; problems: { index: number; message: string }[] };

/** The rows of an uploaded table and the format it turned out to be. */
export type SheetFile = { format: 'xlsx' | 'csv'; rows: SheetRow[] };

/** What one import accepts: its limits and the word for its data in messages (「台账」, 「目录」). */
export type SheetLimits = {
  maxBytes: number;
  maxInflatedBytes: number;
  /** Physical rows read before giving up (blank formatted rows count too). */
  maxSheetRows: number;
  noun: string;
};

const MAX_COLUMNS = 60;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * @throws SheetFileError with the reason in Chinese
 */
export async function readSheetFile(bytes: Uint8Array, limits: SheetLimits): Promise<SheetFile> {
  const { maxBytes } = limits;
  if (bytes.length === 0) {
    throw new SheetFileError(`文件是空的，请选择${limits.noun}的 .xlsx 或 .csv 文件`);
  }
  if (bytes.length > maxBytes) {
    throw new SheetFileError(
      `文件超过 ${megabytesText(maxBytes)} 的上限（本文件 ${bytes.length} 字节），请分成几个文件导入`,
    );
  }
  if (hasZipSignature(bytes)) {
    const rows = await readXlsxRows(bytes, limits);
    // exceljs 4.4's streaming reader decodes each inflated chunk on its own, so a Chinese character
    // cut by a chunk boundary comes out as U+FFFD; such a file is read again whole (it passed the
    // package check, so its inflated size is bounded).
    const isGarbled = rows.some((row) => row.cells.some((cell) => cell.includes('\uFFFD')));
    return { format: 'xlsx', rows: isGarbled ? await readWholeXlsxRows(bytes) : rows };
  }
  if (hasPdfHeader(bytes)) {
    throw new SheetFileError(
      `这是 PDF 文件，不是 Excel 表格或 CSV；请上传${limits.noun}的 .xlsx 或 .csv 文件`,
    );
  }
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new SheetFileError('这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）后再导入');
  }
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch {
    throw new SheetFileError('文件内容不是 Excel（.xlsx）表格，也不是 CSV 文本，无法导入');
  }
  if (looksLikeHtml(text.trimStart())) {
    throw new SheetFileError(
      '文件内容是网页（HTML），不是 Excel 表格；有些系统导出的“Excel”其实是网页，请在 Excel 中另存为 .xlsx 后再导入',
    );
  }
  return { format: 'csv', rows: readTextRows(text) };
}

/** CSV, or tab-separated text (Excel's “Unicode 文本”) when the first line has tabs and no commas. */
function readTextRows(text: string): SheetRow[] {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  let cells: string[][];
  if (firstLine.includes('\t') && !firstLine.includes(',')) {
    cells = text
      .split(/\r\n|\r|\n/)
      .map((line) => line.split('\t').map((c) => c.replace(/^"(.*)"$/s, '$1').replace(/""/g, '"')));
  } else {
    try {
      cells = parseCsv(text);
    } catch (error) {
      throw new SheetFileError((error as Error).message);
    }
  }
  return cells.map((row, index) => ({ line: index + 1, cells: row, problems: [] }));
}

function zipRefusal(problem: OfficeProblem, limits: SheetLimits): SheetFileError {
  const packageLimits = { ...OFFICE_LIMITS, maxInflatedBytes: limits.maxInflatedBytes };
  switch (problem) {
    case 'too-large':
      return new SheetFileError(
        `表格解压后过大（可能是压缩炸弹，或含有大量空白行列），请只保留${limits.noun}数据后再导入`,
      );
    case 'unsupported':
      return new SheetFileError('表格使用了不支持的压缩方式，请在 Excel 中另存为 .xlsx 后再导入');
    case 'damaged':
      return new SheetFileError('文件已损坏或不完整，无法打开');
    case 'not-office':
      return new SheetFileError('文件是 ZIP 压缩包，但不是 Excel（.xlsx）表格');
    case 'too-many-entries':
    case 'nested-archive':
    case 'malformed-xml':
      return new SheetFileError(`文件${officeProblemText(problem, packageLimits)}，无法导入`);
  }
}

/** The first visible sheet, row by row. */
async function readXlsxRows(bytes: Uint8Array, limits: SheetLimits): Promise<SheetRow[]> {
  const check = checkOfficePackage(bytes, { ...OFFICE_LIMITS, maxInflatedBytes: limits.maxInflatedBytes });
  if (!check.ok) {
    throw zipRefusal(check.problem, limits);
  }
  if (check.kind !== 'xlsx') {
    throw new SheetFileError(
      check.kind === 'docx' ? '这是 Word 文档，不是 Excel 表格' : '这是 PowerPoint 演示文稿，不是 Excel 表格',
    );
  }
  const { default: Excel } = await import('exceljs'); // loaded on first use (decision 013)
  const reader = new Excel.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    },
  );
  const rows: SheetRow[] = [];
  let found = false;
  try {
    for await (const sheet of reader) {
      const isChosen: boolean =
        !found &&
        (sheet as unknown as { state?: string }).state !== 'hidden' &&
        (sheet as unknown as { state?: string }).state !== 'veryHidden';
      for await (const row of sheet) {
        if (isChosen) {
          rows.push(sheetRow(row));
          if (rows.length > limits.maxSheetRows) {
            throw new SheetFileError(
              `表格超过 ${limits.maxSheetRows} 行（含空白行），请只保留${limits.noun}数据后再导入`,
            );
          }
        }
      }
      found ||= isChosen;
    }
  } catch (error) {
    if (error instanceof SheetFileError) {
      throw error;
    }
    throw new SheetFileError('Excel 文件无法读取，可能已损坏；请在 Excel 中打开后另存为 .xlsx 再导入');
  }
  if (!found) {
    throw new SheetFileError('Excel 文件中没有可见的工作表');
  }
  return rows;
}

/** The first visible sheet, with the whole workbook in memory (decodes text after inflating). */
async function readWholeXlsxRows(bytes: Uint8Array): Promise<SheetRow[]> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch {
    throw new SheetFileError('Excel 文件无法读取，可能已损坏；请在 Excel 中打开后另存为 .xlsx 再导入');
  }
  const sheet = workbook.worksheets.find((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
  if (sheet === undefined) {
    throw new SheetFileError('Excel 文件中没有可见的工作表');
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(sheetRow(row));
  });
  return rows;
}

function sheetRow(row: ExcelJS.Row): SheetRow {
  const cells: string[] = [];
  const problems: SheetRow['problems'] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    if (col > MAX_COLUMNS) {
      return;
    }
    const read = cellText(cell.value);
    while (cells.length < col - 1) {
      cells.push('');
    }
    cells[col - 1] = read.text;
    if (read.problem) {
      problems.push({ index: col - 1, message: read.problem });
    }
  });
  return { line: row.number, cells, problems };
}

/** A cell's text: values; a formula gives its cached result, or its own text, never a computation. */
export function cellText(value: unknown): { text: string; problem?: string } {
  if (value === null || value === undefined) {
    return { text: '' };
  }
  if (typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const formula = value as { formula?: string; sharedFormula?: string; result?: unknown };
    const result = formula.result;
    if (
      result === undefined ||
      result === null ||
      (typeof result === 'object' && !(result instanceof Date) && !('richText' in result))
    ) {
      return { text: `=${formula.formula ?? formula.sharedFormula ?? ''}` };
    }
    return cellText(result);
  }
  if (typeof value === 'string') {
    return { text: removeFormulaGuard(value) };
  }
  if (typeof value === 'number') {
    return Math.abs(value) >= 1e15
      ? {
          text: '',
          problem: '是一个很长的数字，Excel 已把它四舍五入（如身份证号码）；请把该列设为“文本”格式后重新填写',
        }
      : { text: String(value) };
  }
  if (typeof value === 'boolean') {
    return { text: value ? '是' : '否' };
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { text: '' } : { text: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'object' && 'richText' in value) {
    return cellText((value as { richText: { text: string }[] }).richText.map((r) => r.text).join(''));
  }
  if (typeof value === 'object' && 'text' in value) {
    return cellText((value as { text: unknown }).text);
  }
  if (typeof value === 'object' && 'error' in value) {
    return { text: '', problem: `是错误值 ${String((value as { error: unknown }).error)}` };
  }
  return { text: '' };
}
