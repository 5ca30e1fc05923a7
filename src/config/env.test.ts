import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env.ts';

describe('parseEnv: GONGKAI_PDF_TEXT_READER (decision 024)', () => {
  it('takes own, pdfjs, empty or unset', () => {
    for (const value of ['own', 'pdfjs', '', undefined]) {
      expect(() => parseEnv({ GONGKAI_PDF_TEXT_READER: value })).not.toThrow();
    }
  });

  it('stops at start on any other value, naming the variable', () => {
    for (const value of ['pdf.js', 'PDFJS', ' own', 'own\n', 'x'.repeat(10_000), '<script>']) {
      expect(() => parseEnv({ GONGKAI_PDF_TEXT_READER: value })).toThrow(EnvError);
      expect(() => parseEnv({ GONGKAI_PDF_TEXT_READER: value })).toThrow(/GONGKAI_PDF_TEXT_READER/);
    }
  });
});
