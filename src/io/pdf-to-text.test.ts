import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { docxToText } from './docx-to-text.ts';
import { pdfToText } from './pdf-to-text.ts';
import { readTextLayer } from './pdf-text/read-text-layer.ts';
import { buildMinimalPdf } from './testing/minimal-pdf.ts';
import { buildOfficialTableDocx } from './testing/official-table-docx.ts';

const run = promisify(execFile);

async function hasLibreOffice(): Promise<boolean> {
  try {
    await run('libreoffice', ['--version'], { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

const LIBREOFFICE = await hasLibreOffice();
if (!LIBREOFFICE) {
  process.stderr.write(
    'pdf-to-text.test: `libreoffice` is not on PATH — skipping the DOCX → PDF round trip\n',
  );
}

describe('pdfToText on hand-written PDFs', () => {
  it('rebuilds lines and table cells from a text layer, page by page, without page numbers', async () => {
    const pdf = buildMinimalPdf([
      {
        runs: [
          { text: 'Annual report 2024', x: 72, y: 780 },
          { text: 'Rules', x: 72, y: 700 },
          { text: '5', x: 200, y: 700 },
          { text: '3', x: 260, y: 700 },
          { text: '12', x: 300, y: 700 },
          { text: '1', x: 297, y: 40 },
        ],
      },
      {
        runs: [
          { text: 'Total', x: 72, y: 780 },
          { text: '61', x: 200, y: 780 },
        ],
      },
    ]);
    expect(await pdfToText(pdf)).toBe('Annual report 2024\n| Rules | 5 | 3 | 12 |\n| Total | 61 |');
  });

  it('rejects a PDF without a text layer (only a drawing) with PDF_NO_TEXT', async () => {
    const scan = buildMinimalPdf([
      { drawing: '0.2 0.2 0.2 rg 72 600 300 150 re f' },
      { drawing: '72 72 m 500 72 l S' },
    ]);
    await expect(pdfToText(scan)).rejects.toMatchObject({
      code: 'PDF_NO_TEXT',
      message: expect.stringMatching(/扫描件/) as unknown,
    });
  });

  it('rejects a damaged PDF with PDF_INVALID', async () => {
    await expect(
      pdfToText(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF')),
    ).rejects.toMatchObject({ code: 'PDF_INVALID' });
  });
});

describe.skipIf(!LIBREOFFICE)('pdfToText on a Word document printed to PDF by LibreOffice', () => {
  const work = mkdtemp(join(tmpdir(), 'gongkai-pdf-'));
  afterAll(async () => rm(await work, { recursive: true, force: true }));

  async function convert(name: string, docx: Buffer): Promise<Buffer> {
    const directory = await work;
    const source = join(directory, `${name}.docx`);
    await writeFile(source, docx);
    // A private profile, so that a LibreOffice already running elsewhere does not take the job.
    const profile = `file://${join(directory, `profile-${name}`)}`;
    await run(
      'libreoffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        directory,
        source,
      ],
      { timeout: 120_000 },
    );
    return readFile(join(directory, `${name}.pdf`));
  }

  it('puts empty cells where the table has blank cells, like the Word reader', async () => {
    const docx = await buildOfficialTableDocx('center', true);
    const fromWord = await docxToText(docx);
    expect(fromWord).toContain('| 三、本年度办理结果 | （一）予以公开 | 1 | 2 |  | 4 | 5 | 6 | 7 |');
    const pdf = await convert('blanks', docx);
    expect(await pdfToText(pdf)).toBe(fromWord);
    // Our text-layer reader (decision 024) reads LibreOffice's file itself, to the same text.
    expect(readTextLayer(pdf)).not.toBeNull();
    expect(await pdfToText(pdf, 'own')).toBe(fromWord);
  });

  for (const align of ['center', 'top'] as const) {
    it(`reads table 三 (cells aligned ${align}) with the same lines as the Word reader`, async () => {
      const docx = await buildOfficialTableDocx(align);
      const fromPdf = await pdfToText(await convert(align, docx));
      expect(fromPdf).toBe(await docxToText(docx));
      expect(fromPdf).toContain('| 三、本年度办理结果 | （一）予以公开 | 1 | 2 | 3 | 4 | 5 | 6 | 7 |');
      expect(fromPdf).toContain('| （二）部分公开（区分处理的，只计这一情形，不计其他情形） |');
    });
  }
});
