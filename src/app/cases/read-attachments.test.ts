import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool, DEFAULT_PARSE_POOL_SETTINGS } from '../../io/parse-pool/parse-pool.ts';
import { buildZipBombDocx } from '../../io/testing/hostile-files.ts';
import { buildJpegHeaders, buildPng } from '../../io/testing/minimal-images.ts';
import { buildMinimalPdf } from '../../io/testing/minimal-pdf.ts';
import { buildMinimalDocx } from '../../io/testing/minimal-zip.ts';
import {
  MAX_ATTACHMENT_BYTES,
  readAttachments,
  sanitizeFileName,
  type SubmittedFile,
} from './read-attachments.ts';

const PDF = buildMinimalPdf([{ runs: [{ text: 'copy', x: 50, y: 700 }] }]);
const PNG = buildPng();
const JPEG = buildJpegHeaders();
const DOCX = buildMinimalDocx('身份证明');
/** The real pool: attachments are inspected off the main thread. */
const pool = createParsePool(DEFAULT_PARSE_POOL_SETTINGS);
afterAll(() => pool.close());
const file = (bytes: Uint8Array, name: string): SubmittedFile => new File([Buffer.from(bytes)], name);
/** A file that claims a size without holding the bytes (limits are checked before reading). */
const sized = (size: number, name: string): SubmittedFile => ({
  name,
  size,
  arrayBuffer: () => Promise.reject(new Error('must not be read')),
});

describe('sanitizeFileName', () => {
  it.each([
    ['身份证.pdf', 'pdf', '身份证.pdf'],
    ['C:\\Users\\li\\身份证.JPG', 'jpeg', '身份证.JPG'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['photo.pdf', 'png', 'photo.png'],
    ['scan.jpeg', 'jpeg', 'scan.jpeg'],
    ['report\u202Efdp.exe', 'pdf', 'reportfdp.pdf'],
    ['a<b>:c|d?e*.docx', 'docx', 'a_b__c_d_e_.docx'],
    ['  ..hidden.  ', 'png', 'hidden.png'],
    ['年报.2024', 'pdf', '年报.2024.pdf'],
    ['', 'pdf', '附件3.pdf'],
    ['.pdf', 'pdf', 'pdf.pdf'],
    ['\u0000\u0007', 'png', '附件3.png'],
    ['tab\there.pdf', 'pdf', 'tabhere.pdf'],
  ] as const)('%j (%s) → %j', (raw, kind, expected) => {
    expect(sanitizeFileName(raw, kind, 2)).toBe(expected);
  });

  it('keeps names to 100 characters, extension included', () => {
    const name = sanitizeFileName(`${'很长的名字'.repeat(40)}.pdf`, 'pdf', 0);
    expect([...name]).toHaveLength(100);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('readAttachments', () => {
  it('reads up to five files, skipping empty file inputs', async () => {
    const result = await readAttachments(
      [
        file(PDF, 'a.pdf'),
        new File([], ''),
        file(PNG, 'b.png'),
        file(JPEG, 'c.jpg'),
        file(DOCX, 'd.docx'),
        file(PDF, 'e.pdf'),
      ],
      pool,
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.attachments.map((a) => [a.fileName, a.mediaType])).toEqual([
      ['a.pdf', 'application/pdf'],
      ['b.png', 'image/png'],
      ['c.jpg', 'image/jpeg'],
      ['d.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['e.pdf', 'application/pdf'],
    ]);
  });

  it('accepts no files at all', async () => {
    expect(await readAttachments([], pool)).toEqual({ ok: true, attachments: [] });
  });

  it.each([
    [
      'six files',
      () => Array.from({ length: 6 }, (_, i) => file(PDF, `${i}.pdf`)),
      '附件最多 5 个，当前选择了 6 个',
    ],
    [
      'a file over 10 MiB (before reading it)',
      () => [sized(MAX_ATTACHMENT_BYTES + 1, 'big.pdf')],
      '附件「big.pdf」超过 10 MB，请压缩或分开后再提交',
    ],
    [
      '21 MiB together (before reading them)',
      () => [sized(7 * 2 ** 20, 'a.pdf'), sized(7 * 2 ** 20, 'b.pdf'), sized(7 * 2 ** 20, 'c.pdf')],
      '附件合计不能超过 20 MB，当前约 21 MB',
    ],
    ['an empty file', () => [file(new Uint8Array(0), 'empty.pdf')], '附件「empty.pdf」是空文件'],
    [
      'a program named .pdf',
      () => [file(Buffer.from('MZ\x90\x00'), 'C:\\fake\\身份证.pdf')],
      '附件「身份证.pdf」的扩展名是 .pdf，但内容是可执行程序，不是PDF、JPEG、PNG 或 Word（.docx）文件（平台按文件内容识别类型）',
    ],
    [
      'a program named .exe',
      () => [file(Buffer.from('MZ\x90\x00'), 'setup.exe')],
      '附件「setup.exe」的内容是可执行程序，不是PDF、JPEG、PNG 或 Word（.docx）文件（平台按文件内容识别类型）',
    ],
    [
      'a Word document that is a ZIP bomb (stored before issue 8)',
      () => [file(buildZipBombDocx(256 * 2 ** 20), '申请书.docx')],
      '附件「申请书.docx」的扩展名是 .docx，但内容解压后超过 64 MB，超出处理上限（平台按文件内容识别类型）',
    ],
  ])('refuses %s', async (_name, files, error) => {
    expect(await readAttachments(files(), pool)).toEqual({ ok: false, error });
  });

  it('cuts long names in messages', async () => {
    const result = await readAttachments([file(Buffer.from('MZ'), `${'名'.repeat(60)}.pdf`)], pool);
    expect(result.ok ? '' : result.error).toContain(`附件「${'名'.repeat(40)}…」`);
  });
});
