/**
 * What every PDF the platform makes with pdfkit shares (the 政府公报 issue, the annual report): the
 * CJK font opened from the font setting (decision 025: embedded as a subset of the glyphs used),
 * page numbers 「— n —」 in the footer, and the bytes collected when the document ends.
 * Runs on a parse-pool worker (pdfkit and its font engine stay off the main thread).
 */
import PDFDocument from 'pdfkit';
import { defaultFace, GazetteFontError, gazetteFontProblem, type GazetteFont } from './gazette-font.ts';

/** Page margins in points. */
export type Margins = { top: number; bottom: number; left: number; right: number };

/**
 * Registers the font as 'cjk' and selects it.
 * @throws GazetteFontError when the font is missing or unreadable (Chinese message)
 */
export function openCjkFont(doc: PDFKit.PDFDocument, font: GazetteFont): void {
  const problem = gazetteFontProblem(font);
  if (problem !== null) {
    throw new GazetteFontError(problem);
  }
  try {
    const face = /\.ttc$/i.test(font.path) ? (font.face ?? defaultFace(font.path)) : null;
    if (face === null) {
      doc.registerFont('cjk', font.path);
    } else {
      doc.registerFont('cjk', font.path, face);
    }
    doc.font('cjk');
  } catch {
    throw new GazetteFontError(`字体 ${font.path} 无法读取（不是可用的 OTF/TTF/TTC 字体，或字体名称不对）。`);
  }
}

/** Writes 「— n —」 at the foot of every buffered page. */
export function writePageNumbers(doc: PDFKit.PDFDocument, margin: Margins): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(10).text(`— ${i + 1} —`, margin.left, doc.page.height - 48, {
      width: doc.page.width - margin.left - margin.right,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** A4 document with buffered pages, and a promise of its bytes once `doc.end()` is called. */
export function openPdf(
  margins: Margins,
  info: PDFKit.DocumentInfo,
): { doc: PDFKit.PDFDocument; bytes: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    info: { Creator: 'gongkai', ...info },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** Index of the page being written. */
export function currentPage(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}
