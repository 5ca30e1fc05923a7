import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPdfBomb, buildZipBombDocx } from '../testing/hostile-files.ts';
import { buildJpegHeaders, buildPng } from '../testing/minimal-images.ts';
import { buildMinimalPdf } from '../testing/minimal-pdf.ts';
import { buildMinimalDocx, buildStoredZip } from '../testing/minimal-zip.ts';
import { inspectUpload, type UploadKind } from './inspect-upload.ts';

const ATTACHMENTS: UploadKind[] = ['pdf', 'jpeg', 'png', 'docx'];
const PDF = buildMinimalPdf([{ runs: [{ text: 'copy', x: 50, y: 700 }] }]);

describe('inspectUpload', () => {
  it.each([
    ['a PDF', PDF, 'pdf'],
    ['a PDF after 100 bytes of junk, with its trailer', Buffer.concat([Buffer.alloc(100, 0x20), PDF]), 'pdf'],
    ['a PNG', buildPng(800, 600), 'png'],
    ['a JPEG', buildJpegHeaders(4000, 3000), 'jpeg'],
    ['a Word document', buildMinimalDocx('身份证明'), 'docx'],
  ] as const)('reads %s by its content', (_name, bytes, kind) => {
    expect(inspectUpload(bytes, ATTACHMENTS)).toEqual({ ok: true, kind });
  });

  it('reads an Excel workbook where Excel is accepted', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('主动公开').addRow(['标题']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(inspectUpload(bytes, ['pdf', 'xlsx'])).toEqual({ ok: true, kind: 'xlsx' });
    expect(inspectUpload(bytes, ATTACHMENTS)).toEqual({
      ok: false,
      reason: '是Excel（.xlsx）文件，不是PDF、JPEG、PNG 或 Word（.docx）文件',
    });
  });

  it.each([
    [
      'a Windows program',
      Buffer.from('MZ\x90\x00\x03'),
      /^是可执行程序，不是PDF、JPEG、PNG 或 Word（\.docx）文件$/,
    ],
    ['a Linux program', Buffer.from('\x7fELF\x02\x01'), /是可执行程序/],
    ['an old .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), /旧版 Office 文档/],
    [
      'a ZIP that merely names an entry word/document.xml',
      buildStoredZip({ 'word/document.xml': '<w/>' }),
      /不是 Word 或 Excel 文档/,
    ],
    [
      'a Word document with macros',
      buildMinimalDocx('x', [{ name: 'word/vbaProject.bin', content: 'x' }]),
      /含有宏/,
    ],
    [
      'a Word document with a ZIP bomb',
      buildZipBombDocx(1024 * 1024 * 1024),
      /^解压后超过 64 MB，超出处理上限$/,
    ],
    ['a PDF bomb', buildPdfBomb(200 * 1024 * 1024), /^是 PDF，但其中的压缩内容解压后超过 32 MB/],
    [
      'a PNG that declares 100,000 × 100,000 pixels',
      buildPng(100_000, 100_000),
      /尺寸过大的图片（100000 × 100000 像素）/,
    ],
    ['a JPEG of 15,000 × 15,000 pixels', buildJpegHeaders(15_000, 15_000), /尺寸过大/],
    [
      'a PNG without its header',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      /已损坏的 PNG 图片/,
    ],
    ['a damaged zip', Buffer.from('PK\x03\x04garbage'), /损坏或不完整/],
    ['HTML', Buffer.from('<html><script>alert(1)</script></html>'), /^不是PDF/],
    ['a GIF', Buffer.from('GIF89a....'), /^是GIF 图片/],
    [
      'text mentioning %PDF- late without a trailer',
      Buffer.from(`hello ${'x'.repeat(50)} %PDF-1.4`),
      /^不是PDF/,
    ],
  ])('refuses %s', (_name, bytes, reason) => {
    const result = inspectUpload(bytes, ATTACHMENTS);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });
});
