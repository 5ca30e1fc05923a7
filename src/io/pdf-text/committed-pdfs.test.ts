/**
 * Our text-layer reader against pdf.js on committed PDFs (test-fixtures/pdf-text, decision 024):
 * two reports LibreOffice made (from our DOCX and HTML renderings; Type 1 subsets of Noto CJK
 * and DejaVu TrueType), and the two corpus mutations that once gave different text — a Type 1
 * font program cut off and one with 8 bytes overwritten, which pdf.js fails to convert.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../pdf-to-text.ts';
import { mutatePdf } from '../testing/pdf-mutations.ts';
import { readTextLayer } from './read-text-layer.ts';

const DIR = path.resolve(import.meta.dirname, '../../../test-fixtures/pdf-text');
const read = (name: string): Buffer => fs.readFileSync(path.join(DIR, name));
const text = (bytes: Uint8Array, reader: 'pdfjs' | 'own'): Promise<string> =>
  pdfToText(bytes, reader).catch((error: unknown) => `ERROR ${(error as Error).message}`);

describe('our reader on committed PDFs', () => {
  it.each(['report-docx-libreoffice.pdf', 'report-html-libreoffice.pdf'])(
    'reads %s itself, with pdf.js’s text byte for byte',
    async (name) => {
      const bytes = read(name);
      expect(readTextLayer(bytes)).not.toBeNull();
      const theirs = await text(bytes, 'pdfjs');
      expect(theirs).toContain('政府信息公开');
      expect(await text(bytes, 'own')).toBe(theirs);
    },
    60_000,
  );

  it.each(['type1-program-cut-off.pdf', 'type1-program-damaged.pdf'])(
    'leaves %s to pdf.js (its Type 1 program would not convert), so the text is pdf.js’s',
    async (name) => {
      const bytes = read(name);
      expect(readTextLayer(bytes)).toBeNull();
      const theirs = await text(bytes, 'pdfjs');
      expect(await text(bytes, 'own')).toBe(theirs);
      // pdf.js's fallback font loses the title's text, which the ToUnicode map still has: had
      // our reader read the file, the texts would differ.
      expect(theirs).not.toContain('政府信息公开工作年度报告');
      expect(theirs).toMatch(/^2019\n/);
    },
    60_000,
  );

  it('gives pdf.js’s text or declines on mutations of the committed reports', async () => {
    let compared = 0;
    for (const [index, name] of ['report-docx-libreoffice.pdf', 'report-html-libreoffice.pdf'].entries()) {
      for (const variant of mutatePdf(read(name), 8, 100 + index)) {
        if (readTextLayer(variant.bytes) === null) {
          continue;
        }
        compared += 1;
        expect(await text(variant.bytes, 'own'), variant.label).toBe(await text(variant.bytes, 'pdfjs'));
      }
    }
    expect(compared).toBeGreaterThan(0);
  }, 240_000);
});
