import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportInputError } from '../../domain/report/errors.ts';
import { SEED_DIR } from '../../../test/fixtures.ts';
import { buildPdfBomb } from '../testing/hostile-files.ts';
import { buildMinimalPdf } from '../testing/minimal-pdf.ts';
import { buildMinimalDocx } from '../testing/minimal-zip.ts';
import { createParsePool, DEFAULT_PARSE_POOL_SETTINGS } from './parse-pool.ts';

describe('the parse pool (TypeScript worker under vitest, compiled .js when built)', () => {
  const pool = createParsePool(DEFAULT_PARSE_POOL_SETTINGS);
  afterAll(() => pool.close());

  it('parses and checks pasted report text in a worker', async () => {
    const checked = await pool.checkReportText(
      fs.readFileSync(`${SEED_DIR}/002_2620abe2f7b9fa96.txt`, 'utf8'),
    );
    expect(checked.kind).toBe('text');
    expect(checked.report.organ).toBe('淄博市博山区人民政府');
    expect(checked.findings.map((finding) => finding.code)).toContain('PROSE_NUMBERS_CHECKED');
  });

  it('brings an input error back as the same ReportInputError', async () => {
    const error = await pool
      .checkReportFile(buildPdfBomb(100 * 1024 * 1024), 'x.pdf')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportInputError);
    expect(error).toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/^PDF 中的压缩内容解压后超过 32 MB/),
    });
  });

  it('extracts the text of a document (for 主动公开 attachments)', async () => {
    expect(await pool.extractText(buildMinimalDocx('一、总体情况\n二、主动公开'), 'a.docx')).toEqual({
      kind: 'docx',
      text: '一、总体情况\n二、主动公开',
    });
    expect(
      await pool.extractText(buildMinimalPdf([{ runs: [{ text: 'Total 61', x: 50, y: 700 }] }]), 'a.pdf'),
    ).toEqual({
      kind: 'pdf',
      text: 'Total 61',
    });
  });

  it('inspects uploads on its own lane', async () => {
    expect(await pool.inspectUpload(buildMinimalDocx('x'), ['pdf', 'docx'])).toEqual({
      ok: true,
      kind: 'docx',
    });
    expect(await pool.inspectUpload(buildMinimalDocx('x'), ['pdf'])).toEqual({
      ok: false,
      reason: '是Word（.docx）文件，不是PDF文件',
    });
  });
});
