import { describe, expect, it } from 'vitest';
import { DEFAULT_PDF_TEXT_READER, pdfTextReaderFrom } from './reader-choice.ts';

describe('pdfTextReaderFrom', () => {
  it('gives our reader by default and pdf.js when asked', () => {
    expect(DEFAULT_PDF_TEXT_READER).toBe('own');
    expect(pdfTextReaderFrom(undefined)).toBe('own');
    expect(pdfTextReaderFrom('')).toBe('own');
    expect(pdfTextReaderFrom('own')).toBe('own');
    expect(pdfTextReaderFrom('pdfjs')).toBe('pdfjs');
  });

  it('gives pdf.js, which reads every file, for a value the start-up check would refuse', () => {
    for (const value of ['OWN', 'pdf.js', ' own', 'x'.repeat(10_000), '\u0000']) {
      expect(pdfTextReaderFrom(value)).toBe('pdfjs');
    }
  });
});
