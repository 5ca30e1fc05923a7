/**
 * Writes small, valid PDFs by hand for tests: text in the standard Helvetica font at given
 * positions, or only vector drawing (a "scan" without a text layer).
 */

/** A run of ASCII text placed at (x, y) in points, 10 pt unless `size` is given. */
export type PdfTextRun = { text: string; x: number; y: number; size?: number };

/** One page: text runs and/or a raw content-stream fragment (drawing operators). */
export type PdfPage = { runs?: readonly PdfTextRun[]; drawing?: string };

/**
 * Builds a PDF file with a correct cross-reference table.
 * @param pages the pages, A4 portrait
 * @example buildMinimalPdf([{ runs: [{ text: 'Total 61', x: 50, y: 700 }] }])
 */
export function buildMinimalPdf(pages: readonly PdfPage[]): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages tree, filled in below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  for (const page of pages) {
    const stream = contentStream(page);
    const contentId = add(
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    );
    pageIds.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function contentStream(page: PdfPage): string {
  const text = (page.runs ?? []).map((run) => {
    const escaped = run.text.replace(/[\\()]/g, (char) => `\\${char}`);
    return `BT /F1 ${run.size ?? 10} Tf ${run.x} ${run.y} Td (${escaped}) Tj ET`;
  });
  return [...text, page.drawing ?? ''].filter((part) => part !== '').join('\n');
}
