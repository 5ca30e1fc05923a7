/**
 * Reads an uploaded organ list (.xlsx or .csv, decided by content, never by the file name) into
 * import rows. Hostile files are refused with a Chinese reason before anything big is unpacked:
 * size over the upload limit, zip bombs, huge sheets and fake packages (io/zip/office-package.ts), more than MAX_IMPORT_ROWS
 * rows, an old .xls, a web page saved as .xlsx. Formulas give their cached value, never run.
 */
import type ExcelJS from 'exceljs';
import { megabytesText } from '../../domain/byte-size.ts';
import { decodeText } from '../../io/decode-text.ts';
import { checkOfficePackage, OFFICE_LIMITS } from '../../io/zip/office-package.ts';
import { officeProblemText } from '../../io/zip/office-problem-text.ts';
import { hasZipSignature } from '../../io/zip/zip-directory.ts';
import { looksLikeHtml } from '../../io/sniff.ts';
import { matchHeader, ORGAN_COLUMNS, type ImportColumnKey } from '../../domain/organs/import-columns.ts';
import { MAX_IMPORT_ROWS, type ImportRow } from '../../domain/organs/import-plan.ts';
import { parseCsv } from './csv.ts';

/** A file that cannot be imported at all (as opposed to rows with errors). */
export class OrganFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrganFileError';
  }
}

/** The rows of an uploaded file and the format it turned out to be. */
export type OrganFile = { format: 'xlsx' | 'csv'; rows: ImportRow[] };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAX_COLUMNS = 60;
/** An organ list of 1,000 rows is well under 1 MB of XML; this leaves room for styles. */
const ORGAN_LIST_LIMITS = { ...OFFICE_LIMITS, maxInflatedBytes: 16 * 1024 * 1024 };

/**
 * @param bytes the uploaded file
 * @param maxBytes the upload limit (env.maxUploadBytes)
 * @throws OrganFileError with the reason in Chinese
 */
export async function readOrganFile(bytes: Uint8Array, maxBytes: number): Promise<OrganFile> {
  if (bytes.length === 0) {
    throw new OrganFileError('文件是空的，请选择导出的机构表或按模板填写的 .xlsx / .csv 文件');
  }
  if (bytes.length > maxBytes) {
    throw new OrganFileError(`文件大小 ${megabytesText(bytes.length)}，超过上限 ${megabytesText(maxBytes)}`);
  }
  if (hasZipSignature(bytes)) {
    return { format: 'xlsx', rows: await readXlsx(bytes) };
  }
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new OrganFileError('这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）后再导入');
  }
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch {
    throw new OrganFileError('文件内容不是 Excel（.xlsx）表格，也不是 CSV 文本，无法导入');
  }
  if (looksLikeHtml(text.trimStart())) {
    throw new OrganFileError(
      '文件内容是网页（HTML），不是 Excel 表格；有些系统导出的“Excel”其实是网页，请在 Excel 中另存为 .xlsx 后再导入',
    );
  }
  let cells: string[][];
  try {
    cells = parseCsv(text);
  } catch (error) {
    throw new OrganFileError((error as Error).message);
  }
  return {
    format: 'csv',
    rows: toImportRows(cells.map((row, index) => ({ line: index + 1, cells: row, problems: [] }))),
  };
}

type SheetRow = { line: number; cells: string[]; problems: { index: number; message: string }[] };

async function readXlsx(bytes: Uint8Array): Promise<ImportRow[]> {
  const check = checkOfficePackage(bytes, ORGAN_LIST_LIMITS);
  if (!check.ok) {
    throw new OrganFileError(
      check.problem === 'too-large'
        ? '表格解压后过大（可能是压缩炸弹或含有大量空白行列），请只保留机构数据后再导入'
        : check.problem === 'unsupported'
          ? '表格使用了不支持的压缩方式，请在 Excel 中另存为 .xlsx 后再导入'
          : check.problem === 'damaged'
            ? '文件已损坏或不完整，无法打开'
            : check.problem === 'not-office'
              ? '文件是 ZIP 压缩包，但不是 Excel（.xlsx）表格'
              : `文件${officeProblemText(check.problem, ORGAN_LIST_LIMITS)}，无法导入`,
    );
  }
  if (check.kind !== 'xlsx') {
    throw new OrganFileError(
      check.kind === 'docx' ? '这是 Word 文档，不是 Excel 表格' : '这是 PowerPoint 演示文稿，不是 Excel 表格',
    );
  }
  const { default: Excel } = await import('exceljs'); // loaded on first use (decision 013)
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch {
    throw new OrganFileError('Excel 文件无法读取，可能已损坏；请在 Excel 中打开后另存为 .xlsx 再导入');
  }
  const sheet = workbook.worksheets.find((s) => s.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) {
    throw new OrganFileError('Excel 文件中没有工作表');
  }
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
    throw tooManyRows(sheet.actualRowCount - 1);
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    const problems: SheetRow['problems'] = [];
    for (let col = 1; col <= Math.min(row.cellCount, MAX_COLUMNS); col += 1) {
      const read = cellText(row.getCell(col));
      cells.push(read.text);
      if (read.problem) {
        problems.push({ index: col - 1, message: read.problem });
      }
    }
    rows.push({ line, cells, problems });
  });
  return toImportRows(rows);
}

function tooManyRows(count: number): OrganFileError {
  return new OrganFileError(
    `文件有 ${count} 行数据，超过一次最多导入 ${MAX_IMPORT_ROWS} 行的限制，请分批导入`,
  );
}

/** The text of a cell: values, never formulas; numbers that Excel has rounded are refused. */
function cellText(cell: ExcelJS.Cell): { text: string; problem?: string } {
  const value = cell.value;
  if (value === null || value === undefined) {
    return { text: '' };
  }
  if (
    (typeof value === 'object' && 'formula' in value) ||
    (typeof value === 'object' && 'sharedFormula' in value)
  ) {
    const result = (value as { result?: unknown }).result;
    if (
      result === undefined ||
      result === null ||
      (typeof result === 'object' && !(result instanceof Date))
    ) {
      return { text: '', problem: '是公式，且没有保存计算结果；请改为直接填写内容' };
    }
    return plainText(result);
  }
  return plainText(value);
}

function plainText(value: unknown): { text: string; problem?: string } {
  if (typeof value === 'string') {
    return { text: value };
  }
  if (typeof value === 'number') {
    if (Math.abs(value) >= 1e15) {
      return {
        text: '',
        problem: '是一个很长的数字，Excel 已把它四舍五入；请把该列设为“文本”格式后重新填写',
      };
    }
    return { text: String(value) };
  }
  if (typeof value === 'boolean') {
    return { text: value ? '是' : '否' };
  }
  if (value instanceof Date) {
    return { text: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'object' && value !== null) {
    if ('richText' in value) {
      return { text: (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('') };
    }
    if ('text' in value) {
      return plainText((value as { text: unknown }).text);
    }
    if ('error' in value) {
      return { text: '', problem: `是错误值 ${String((value as { error: unknown }).error)}` };
    }
  }
  return { text: '' };
}

/** Header row → keyed cells; empty rows dropped. */
function toImportRows(sheetRows: readonly SheetRow[]): ImportRow[] {
  const nonEmpty = sheetRows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...data] = nonEmpty;
  if (!header) {
    throw new OrganFileError('文件中没有内容');
  }
  const match = matchHeader(header.cells);
  if (match.problems.length > 0) {
    throw new OrganFileError(match.problems.join('；'));
  }
  if (data.length === 0) {
    throw new OrganFileError('文件只有表头，没有机构数据');
  }
  if (data.length > MAX_IMPORT_ROWS) {
    throw tooManyRows(data.length);
  }
  const used = new Set(Object.values(match.indexOf));
  return data.map((r) => {
    const cells: Partial<Record<ImportColumnKey, string>> = {};
    for (const column of ORGAN_COLUMNS) {
      const index = match.indexOf[column.key];
      if (index !== undefined) {
        cells[column.key] = (r.cells[index] ?? '').trim();
      }
    }
    const problems = r.problems
      .filter((p) => used.has(p.index))
      .map((p) => `「${header.cells[p.index]!.trim()}」列${p.message}`);
    return { line: r.line, cells, problems };
  });
}
