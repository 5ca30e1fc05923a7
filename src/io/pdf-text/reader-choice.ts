/**
 * Which reader extracts a PDF's text layer (decision 024): `own` — our text-layer reader where it
 * can read the whole file, pdf.js where it declines — is the default; `pdfjs` forces pdf.js for
 * every file. Set by GONGKAI_PDF_TEXT_READER. Kept apart from pdf-to-text.ts (which loads pdf.js)
 * so that src/config/env.ts can check the variable at start without loading pdf.js.
 */

/** The values GONGKAI_PDF_TEXT_READER takes. */
export const PDF_TEXT_READERS = ['own', 'pdfjs'] as const;

export type PdfTextReader = (typeof PDF_TEXT_READERS)[number];

/** The reader when GONGKAI_PDF_TEXT_READER is not set. */
export const DEFAULT_PDF_TEXT_READER: PdfTextReader = 'own';

/**
 * The reader a GONGKAI_PDF_TEXT_READER value asks for. An unset or empty variable gives the
 * default. The processes that start from src/config/env.ts refuse any other value at start;
 * elsewhere (a parse worker, a script) an unknown value gives pdf.js, which reads every file.
 * @example pdfTextReaderFrom(undefined) // 'own'
 * @example pdfTextReaderFrom('pdfjs') // 'pdfjs'
 */
export function pdfTextReaderFrom(value: string | undefined): PdfTextReader {
  if (value === undefined || value === '') {
    return DEFAULT_PDF_TEXT_READER;
  }
  return value === 'own' ? 'own' : 'pdfjs';
}
