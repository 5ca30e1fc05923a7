import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { describe, it, expect } from 'vitest';
import { applicationRowsOf, getApplicationRow, PARTS } from '../domain/report/layout.ts';
import { renderReportDocx } from './docx.ts';
import { formatCellValue } from './labels.ts';
import { cellsOf, elementsByTag, expandGrid, parseHtml, rowsOf, textOf } from './test-dom.ts';
import { loadExpectedReport } from './test-support.ts';

/** Reads the entries of a zip archive (stored or deflated) — enough to look inside a .docx. */
function unzip(buffer: Buffer): Map<string, string> {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) {
    throw new Error('not a zip');
  }
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const report2021 = loadExpectedReport('002', { overview: '第一段。\n第二段。' });
const report2019 = loadExpectedReport('001');

describe('renderReportDocx', () => {
  it('is a zip with the Word parts', async () => {
    const files = unzip(await renderReportDocx(report2021));
    for (const part of [
      '[Content_Types].xml',
      'word/document.xml',
      'word/styles.xml',
      'word/fontTable.xml',
    ]) {
      expect(files.has(part)).toBe(true);
    }
  });

  it('lays out an A4 portrait page with 公文 margins', async () => {
    const document = unzip(await renderReportDocx(report2021)).get('word/document.xml')!;
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('merges cells with w:vMerge and w:gridSpan as the form prints them', async () => {
    const document = unzip(await renderReportDocx(report2021)).get('word/document.xml')!;
    expect(document).toContain('<w:vMerge w:val="restart"/>');
    expect(document).toContain('<w:vMerge w:val="continue"/>');
    for (const span of ['2', '3', '4', '5', '7', '10']) {
      expect(document).toContain(`<w:gridSpan w:val="${span}"/>`);
    }
    // 二: 14 rows, 三: 3 + 25, 四: 4
    expect(document.match(/<w:tr>|<w:tr /g)).toHaveLength(14 + 28 + 4);
  });

  it('uses the 公文 fonts, sizes and fixed 28 pt lines', async () => {
    const files = unzip(await renderReportDocx(report2021));
    const styles = files.get('word/styles.xml')!;
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles).toContain('w:eastAsia="方正小标宋简体"');
    expect(styles).toContain('w:eastAsia="黑体"');
    expect(styles).toMatch(/w:line="560" w:lineRule="exact"/);
    expect(styles).toContain('w:firstLineChars="200"');
    expect(styles).toContain('<w:sz w:val="44"/>');
    expect(files.get('word/fontTable.xml')).toContain(
      '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>',
    );
    expect(files.get('word/document.xml')).toContain('w:eastAsia="宋体"');
  });

  it('reads back (mammoth) with the headings, merges and every number in its row', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await renderReportDocx(report2021) });
    const doc = parseHtml(html);
    expect(elementsByTag(doc, 'h1').map(textOf)).toEqual([
      '淄博市博山区人民政府2024年政府信息公开工作年度报告',
    ]);
    expect(elementsByTag(doc, 'h2').map(textOf)).toEqual(PARTS.map((p) => p.heading));
    const tables = elementsByTag(doc, 'table');
    expect(tables.map((t) => expandGrid(t)[0]!.length)).toEqual([4, 10, 15]);
    const applications = report2021.applications!;
    for (const spec of applicationRowsOf(applications)) {
      const row = rowsOf(tables[1]!).find((tr) => cellsOf(tr).some((c) => textOf(c) === spec.label));
      expect(cellsOf(row!).slice(-7).map(textOf)).toEqual(
        getApplicationRow(applications, spec).map(formatCellValue),
      );
    }
    expect(cellsOf(rowsOf(tables[2]!)[3]!).map(textOf).slice(0, 5)).toEqual(['6', '2', '5', '0', '13']);
  });

  it('keeps null cells empty and prints the single （六） row (2019)', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await renderReportDocx(report2019) });
    const table = elementsByTag(parseHtml(html), 'table')[1]!;
    const granted = rowsOf(table).find((tr) => cellsOf(tr).some((c) => textOf(c) === '（一）予以公开'))!;
    expect(textOf(cellsOf(granted).at(-1)!)).toBe('');
    const single = rowsOf(table)
      .flatMap(cellsOf)
      .find((c) => textOf(c) === '（六）其他处理')!;
    expect(single.attribs.colspan).toBe('2');
  });

  it('writes a legacy report as prose only', async () => {
    const legacy = loadExpectedReport('003', { overview: '概述。' });
    const document = unzip(await renderReportDocx(legacy)).get('word/document.xml')!;
    expect(document).not.toContain('<w:tbl');
    expect(document).toContain('概述。');
  });
});
