/**
 * The annual report as a PDF in the 公文 layout of the DOCX (src/render/docx.ts: A4, margins 37 / 35 /
 * 28 / 26 mm, title 22 pt centred, part headings and body 16 pt with a two-character indent, the
 * tables in the official layout at 10.5 pt, table 四 at 9 pt), page numbers 「— n —」. One CJK font
 * (the PDF font setting, decision 025) subset-embedded, so the file reads the same everywhere and
 * its text layer can be read back by the report checker. Runs on a parse-pool worker.
 */
import type { AnnualReport } from '../../domain/report/model.ts';
import { printedParts, reportTitle, titleLines } from '../../render/labels.ts';
import { buildReportTables, MISSING_TABLE_NOTICE, tableOfPart } from '../../render/tables.ts';
import type { GazetteFont } from './gazette-font.ts';
import { openCjkFont, openPdf, writePageNumbers } from './pdf-kit.ts';
import { drawTable } from './pdf-table.ts';

const MM = 72 / 25.4;
const MARGIN = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const BODY = { size: 16, lineGap: 5 };

/** A rendered report PDF. */
export type ReportPdf = { bytes: Uint8Array; pages: number };

function paragraph(doc: PDFKit.PDFDocument, text: string, width: number): void {
  doc.fontSize(BODY.size).text(text, MARGIN.left, doc.y, {
    width,
    indent: BODY.size * 2,
    lineGap: BODY.lineGap,
    align: 'justify',
  });
}

function writeParts(doc: PDFKit.PDFDocument, report: AnnualReport): void {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = doc.page.height - MARGIN.bottom;
  const tables = buildReportTables(report);
  for (const part of printedParts(report)) {
    if (doc.y + 3 * (BODY.size + BODY.lineGap) > bottom) {
      doc.addPage();
    }
    doc.outline.addItem(part.heading);
    paragraph(doc, part.heading, width);
    for (const text of part.prose) {
      paragraph(doc, text, width);
    }
    const table = tableOfPart(tables, part.key);
    if (table.kind === 'table') {
      doc.moveDown(0.3);
      const fontSize = table.table.columnCount > 10 ? 9 : 10.5;
      drawTable(doc, table.table, { x: MARGIN.left, width, fontSize, bottom });
      doc.moveDown(0.6);
    } else if (table.kind === 'missing') {
      doc.fontSize(BODY.size).fillColor('#555555');
      doc.text(`（${MISSING_TABLE_NOTICE}）`, MARGIN.left, doc.y, { width, align: 'center' });
      doc.fillColor('#000000');
    }
  }
}

/**
 * Renders the report.
 * @throws GazetteFontError when the font is missing or unreadable (Chinese message)
 * @example const { bytes } = await renderReportPdf(report, { path: DEFAULT_GAZETTE_FONT, face: null })
 */
export async function renderReportPdf(report: AnnualReport, font: GazetteFont): Promise<ReportPdf> {
  const title = reportTitle(report);
  const { doc, bytes } = openPdf(MARGIN, { Title: title, Author: report.organ ?? '' });
  openCjkFont(doc, font);
  doc.fontSize(22).text(titleLines(title).join('\n'), { align: 'center', lineGap: 8 });
  doc.moveDown(0.8);
  writeParts(doc, report);
  writePageNumbers(doc, MARGIN);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return { bytes: await bytes, pages };
}
