/**
 * Writes small, valid PDFs by hand for tests: text in the standard Helvetica font at given
 * positions, or only vector drawing (a "scan" without a text layer).
 */

/** A run of ASCII text placed at (x, y) in points, 10 pt unless `size` is given. */
export type PdfTextRun = { text: string; x: number; y: number; size?: number };

/** One page: text runs and/or a raw content-stream fragment (drawing operators). */
export type PdfPage = { runs?: readonly PdfTextRun[]; drawing?: string };

/**
 * The font of the text: the standard Helvetica (no ToUnicode, so our text-layer reader leaves the
 * file to pdf.js), or a two-byte Identity-H font whose codes are the characters' UTF-16 units,
 * with a ToUnicode map and /W widths (ASCII 500, else 1000) as Word writes them — its embedded
 * program is a stand-in that pdf.js cannot use, which text extraction does not need.
 */
export type PdfFontKind = 'helvetica' | 'cid';

/**
 * Builds a PDF file with a correct cross-reference table.
 * @param pages the pages, A4 portrait
 * @example buildMinimalPdf([{ runs: [{ text: 'Total 61', x: 50, y: 700 }] }])
 */
export function buildMinimalPdf(pages: readonly PdfPage[], font: PdfFontKind = 'helvetica'): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages tree, filled in below
  add(
    font === 'cid' ? '' : '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  );
  if (font === 'cid') {
    objects[2] = cidFont(pages, add);
  }
  const pageIds: number[] = [];
  for (const page of pages) {
    const stream = contentStream(page, font);
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

function contentStream(page: PdfPage, font: PdfFontKind): string {
  const text = (page.runs ?? []).map((run) => {
    const shown =
      font === 'cid'
        ? `<${[...run.text].map((char) => cidCode(char)).join('')}>`
        : `(${run.text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
    return `BT /F1 ${run.size ?? 10} Tf ${run.x} ${run.y} Td ${shown} Tj ET`;
  });
  return [...text, page.drawing ?? ''].filter((part) => part !== '').join('\n');
}

/** The four hex digits of a character in the `cid` font (its UTF-16 code unit). */
export function cidCode(char: string): string {
  return char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase();
}

/** The Type 0 font and its parts; returns the font dictionary. */
function cidFont(pages: readonly PdfPage[], add: (body: string) => number): string {
  const used = new Set(['\u0000', '\u3000', '\uff00']);
  for (const page of pages) {
    for (const char of (page.runs ?? []).map((run) => run.text).join('')) {
      used.add(char);
    }
    // Two-byte codes written in a drawing's hex strings.
    for (const [, digits = ''] of (page.drawing ?? '').matchAll(/<([0-9A-F]+)>/g)) {
      for (let at = 0; at + 4 <= digits.length; at += 4) {
        used.add(String.fromCharCode(parseInt(digits.slice(at, at + 4), 16)));
      }
    }
  }
  // One bfrange per 256 codes that are used: <XX00> <XXFF> <XX00> (no carry into the high byte).
  const blocks = [...new Set([...used].map((char) => char.charCodeAt(0) >> 8))].sort((a, b) => a - b);
  const ranges = blocks.map((block) => {
    const high = block.toString(16).padStart(2, '0').toUpperCase();
    return `<${high}00> <${high}FF> <${high}00>`;
  });
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n${ranges.length} beginbfrange\n${ranges.join('\n')}\nendbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end`;
  const toUnicode = add(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
  const program = add('<< /Length 4 /Length1 4 >>\nstream\ntrue\nendstream');
  const descriptor = add(
    `<< /Type /FontDescriptor /FontName /ABCDEF+TestSong /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 ${program} 0 R >>`,
  );
  const descendant = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+TestSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>`,
  );
  return `<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+TestSong /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${toUnicode} 0 R >>`;
}
