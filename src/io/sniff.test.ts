import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { ReportInputError } from '../domain/report/errors.ts';
import { sniffInput } from './sniff.ts';
import { decodeText } from './decode-text.ts';
import { buildMinimalPdf } from './testing/minimal-pdf.ts';
import { buildMinimalDocx, buildStoredZip } from './testing/minimal-zip.ts';

/** 「政府信息公开工作年度报告，共收到申请61件。」 in GBK. */
const GBK_SAMPLE = Buffer.from(
  'd5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e6a3acb9b2cad5b5bdc9eac7eb3631bcfea1a3',
  'hex',
);

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportInputError) {
      return error.code;
    }
    throw error;
  }
  return undefined;
}

describe('sniffInput decides by content, not by name', () => {
  it('finds a PDF named .txt', () => {
    expect(sniffInput(buildMinimalPdf([{ runs: [{ text: '1', x: 10, y: 10 }] }]), 'report.txt').kind).toBe(
      'pdf',
    );
  });

  it('finds HTML named .docx', () => {
    const result = sniffInput(
      Buffer.from('\n  <!DOCTYPE html><html><body><p>一、总体情况</p></body></html>'),
      'report.docx',
    );
    expect(result.kind).toBe('html');
  });

  it('finds an HTML fragment that starts with a table', () => {
    expect(sniffInput(Buffer.from('<table><tr><td>规章</td></tr></table>'), 'x.txt').kind).toBe('html');
  });

  it('finds a DOCX named .pdf', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('一、总体情况')] }] }),
    );
    expect(sniffInput(docx, 'report.pdf').kind).toBe('docx');
  });

  it('finds report JSON named .html', () => {
    const result = sniffInput(
      Buffer.from('{ "schema": "gongkai.annual-report.v1", "format": "legacy" }'),
      'a.html',
    );
    expect(result).toMatchObject({ kind: 'json', json: { schema: 'gongkai.annual-report.v1' } });
  });

  it('treats JSON without "schema" and markdown tables as text', () => {
    expect(sniffInput(Buffer.from('{"a": 1}')).kind).toBe('text');
    expect(sniffInput(Buffer.from('| 规章 | 0 |\n|---|---|')).kind).toBe('text');
  });

  it('rejects a zip that is not a Word package', () => {
    const bytes = buildStoredZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(() => sniffInput(bytes, 'a.docx')).toThrow(
      /不是 Word 或 Excel 文档（缺少 \[Content_Types\]\.xml 或主文档部件）/,
    );
    expect(codeOf(() => sniffInput(bytes, 'a.docx'))).toBe('DOCX_INVALID');
    // Any ZIP with an entry named word/document.xml passed as Word before issue 8.
    expect(codeOf(() => sniffInput(buildStoredZip({ 'word/document.xml': '<w:document/>' })))).toBe(
      'DOCX_INVALID',
    );
    expect(sniffInput(buildMinimalDocx('一、总体情况'))).toEqual({
      kind: 'docx',
      mainPart: 'word/document.xml',
      text: '一、总体情况', // read while the package check walked it (decision 022)
    });
  });

  it('rejects a .docx that is not a zip, and a damaged zip', () => {
    const junk = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256));
    expect(codeOf(() => sniffInput(junk, '报告.DOCX'))).toBe('DOCX_INVALID');
    expect(codeOf(() => sniffInput(Buffer.from('PK\x03\x04 truncated'), 'x.bin'))).toBe('DOCX_INVALID');
  });

  it('rejects an old OLE .doc with advice', () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(() => sniffInput(ole, 'a.doc')).toThrow(/旧版 Word/);
  });

  it('rejects binary junk and images', () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect(codeOf(() => sniffInput(junk, 'a.txt'))).toBe('BINARY');
    expect(codeOf(() => sniffInput(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]), 'a.txt'))).toBe('BINARY');
    const controls = Buffer.from('abc\x01\x02\x03\x04\x05\x06def'.repeat(50));
    expect(codeOf(() => sniffInput(controls, 'a.txt'))).toBe('BINARY');
  });
});

describe('decodeText', () => {
  it('decodes GBK text when it is not UTF-8', () => {
    expect(decodeText(GBK_SAMPLE)).toEqual({
      text: '政府信息公开工作年度报告，共收到申请61件。',
      encoding: 'gb18030',
    });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeText(Buffer.from('\ufeff一、总体情况', 'utf8')).text).toBe('一、总体情况');
  });

  it('decodes UTF-16 with a BOM, both byte orders', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('年度报告', 'utf16le')]);
    const big = Buffer.from(little.subarray(2)).swap16();
    expect(decodeText(little).text).toBe('年度报告');
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), big])).text).toBe('年度报告');
  });

  it('keeps tabs, form feeds and CRLF as ordinary text', () => {
    expect(decodeText(Buffer.from('a\tb\r\nc\fd')).text).toBe('a\tb\r\nc\fd');
  });
});
