/**
 * The PDF of a 政府公报 issue: a cover block and the 目录 (with page numbers), then each item's
 * title, 文号 and full text, page numbers in the footer, one bookmark per item. pdfkit embeds the
 * CJK font as a subset of the glyphs used (decision 025: a 10-item issue is ≈ 150 KB).
 * Runs on a parse-pool worker (≈ 0.5 s of CPU per 10 items; the font file alone is 26 MB).
 */
import type { GazetteFont, GazettePdf, GazettePdfInput } from './gazette-font.ts';
import { currentPage, openCjkFont, openPdf, writePageNumbers } from './pdf-kit.ts';

const MARGIN = { top: 72, bottom: 72, left: 78, right: 78 };
const BODY = { size: 12, lineGap: 5 };

/** Lines of the body as paragraphs (blank lines dropped). */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function writeContents(doc: PDFKit.PDFDocument, input: GazettePdfInput): { page: number; y: number }[] {
  doc.fontSize(24).text(`${input.organName}公报`, { align: 'center' });
  doc.moveDown(0.4).fontSize(13).text(input.label, { align: 'center' });
  doc.moveDown(0.2).text(input.date, { align: 'center' });
  doc.moveDown(1.2).fontSize(16).text('目    录', { align: 'center' });
  doc.moveDown(0.6);
  const slots: { page: number; y: number }[] = [];
  let kind = '';
  const width = doc.page.width - MARGIN.left - MARGIN.right - 40;
  for (const entry of input.entries) {
    if (entry.kindLabel !== kind) {
      kind = entry.kindLabel;
      doc.moveDown(0.4).fontSize(13).text(`【${kind}】`);
    }
    doc.fontSize(11);
    const line = entry.docNumber === '' ? entry.title : `${entry.title}（${entry.docNumber}）`;
    if (doc.y + doc.heightOfString(line, { width }) > doc.page.height - MARGIN.bottom) {
      doc.addPage();
    }
    slots.push({ page: currentPage(doc), y: doc.y });
    doc.text(line, MARGIN.left + 12, doc.y, { width: width - 12, lineGap: 3 });
    doc.x = MARGIN.left;
  }
  return slots;
}

function writeEntry(doc: PDFKit.PDFDocument, entry: GazettePdfInput['entries'][number]): number {
  doc.addPage();
  const page = currentPage(doc);
  doc.outline.addItem(entry.title);
  doc.fontSize(17).text(entry.title, { align: 'center', lineGap: 4 });
  if (entry.docNumber !== '') {
    doc.moveDown(0.3).fontSize(12).text(entry.docNumber, { align: 'center' });
  }
  doc.moveDown(1).fontSize(BODY.size);
  for (const paragraph of paragraphsOf(entry.bodyText)) {
    doc.text(paragraph, MARGIN.left, doc.y, {
      width: doc.page.width - MARGIN.left - MARGIN.right,
      indent: BODY.size * 2,
      lineGap: BODY.lineGap,
      paragraphGap: 4,
      align: 'justify',
    });
  }
  return page;
}

/**
 * Renders the issue.
 * @throws GazetteFontError when the font is missing or unreadable (Chinese message)
 * @example const { bytes, pages } = await renderGazettePdf(input, { path: DEFAULT_GAZETTE_FONT, face: null })
 */
export async function renderGazettePdf(input: GazettePdfInput, font: GazetteFont): Promise<GazettePdf> {
  const { doc, bytes } = openPdf(MARGIN, {
    Title: input.title,
    Author: input.organName,
    Subject: input.label,
  });
  openCjkFont(doc, font);
  const slots = writeContents(doc, input);
  const starts = input.entries.map((entry) => writeEntry(doc, entry));
  for (const [i, slot] of slots.entries()) {
    doc.switchToPage(slot.page);
    doc.fontSize(11).text(String(starts[i]! + 1), MARGIN.left, slot.y, {
      width: doc.page.width - MARGIN.left - MARGIN.right,
      align: 'right',
      lineBreak: false,
    });
  }
  writePageNumbers(doc, MARGIN);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return { bytes: await bytes, pages };
}
