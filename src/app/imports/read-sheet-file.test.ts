import { describe, expect, it } from 'vitest';
import { readSheetFile } from './read-sheet-file.ts';

const LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxInflatedBytes: 64 * 1024 * 1024,
  maxSheetRows: 10_000,
  noun: '目录',
};

describe('the shared sheet reader', () => {
  it('keeps every Chinese character of a sheet larger than one inflated chunk (no U+FFFD)', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('目录');
    for (let n = 1; n <= 1000; n += 1) {
      sheet.addRow([`甲区教育局关于做好第${n}项工作的通知`, `甲教发〔2023〕${n}号`]);
    }
    const file = await readSheetFile(new Uint8Array(await workbook.xlsx.writeBuffer()), LIMITS);
    expect(file.rows).toHaveLength(1000);
    expect(file.rows.filter((r) => r.cells.some((c) => c.includes('\uFFFD')))).toEqual([]);
    expect(file.rows[910]!.cells).toEqual(['甲区教育局关于做好第911项工作的通知', '甲教发〔2023〕911号']);
  });

  it('names a PDF uploaded as a sheet', async () => {
    await expect(readSheetFile(new TextEncoder().encode('%PDF-1.7\n...'), LIMITS)).rejects.toThrow(
      '这是 PDF 文件，不是 Excel 表格或 CSV；请上传目录的 .xlsx 或 .csv 文件',
    );
  });
});
