/**
 * PDF → text with unpdf 1.7 (pdf.js bundled for Node; pdfjs-dist 6 does not run on Node 20).
 * Lines are rebuilt from item positions (see pdf-lines.ts); pages are joined by a newline.
 */
import { getResolvedPDFJS } from 'unpdf';
import { ReportInputError } from '../domain/report/errors.ts';
import { buildPageLines, dropPageNumber, type PositionedText } from './pdf-lines.ts';
import { readTextLayer } from './pdf-text/read-text-layer.ts';
import { pdfTextReaderFrom, type PdfTextReader } from './pdf-text/reader-choice.ts';

type PdfJs = Awaited<ReturnType<typeof getResolvedPDFJS>>;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfWorker = InstanceType<PdfJs['PDFWorker']>;

/**
 * One pdf.js worker (in Node a "fake" one on this thread) for every document of the process:
 * pdf.js supports several documents per worker, and a worker given to `getDocument` is not
 * destroyed with the document. Setting one up per document was a fixed cost per file. Nothing
 * of a document (fonts, objects) is kept across documents: those live in the document's own
 * handler and go with `document.destroy()`.
 */
let sharedWorker: PdfWorker | null = null;

async function pdfWorker(): Promise<PdfWorker> {
  if (sharedWorker === null || sharedWorker.destroyed) {
    const { PDFWorker } = await getResolvedPDFJS();
    sharedWorker = new PDFWorker({ verbosity: 0 });
  }
  return sharedWorker;
}

export type { PdfTextReader } from './pdf-text/reader-choice.ts';

/**
 * Extracts the text layer of a PDF.
 * @param bytes the PDF file
 * @param reader `own` (the default unless GONGKAI_PDF_TEXT_READER=pdfjs): our text-layer reader
 *   (src/io/pdf-text) where it can read the whole file, pdf.js otherwise; `pdfjs`: pdf.js always
 * @returns the text, one visual line per line, table cells separated by ` | `
 * @throws ReportInputError `PDF_INVALID` for a damaged or encrypted PDF; `PDF_NO_TEXT` when no
 *   page has any text (a scanned document)
 * @example await pdfToText(await readFile('report.pdf')) // '…\n| 规章 | 0 | 0 | 0 |\n…'
 */
export async function pdfToText(bytes: Uint8Array, reader: PdfTextReader = DEFAULT_READER): Promise<string> {
  const own = reader === 'own' ? readTextLayer(bytes) : null;
  if (own !== null) {
    return joinPages(own.map((items, index) => pageLines(items, index + 1)));
  }
  const document = await openPdf(bytes);
  try {
    const pages: string[][] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      pages.push(pageLines(await pageItems(document, pageNumber), pageNumber));
    }
    return joinPages(pages);
  } finally {
    await document.destroy();
  }
}

/**
 * Our reader first (pdf.js where it declines) unless GONGKAI_PDF_TEXT_READER=pdfjs: on every
 * corpus file and mutation our reader either gives pdf.js's text byte for byte or declines
 * (decision 024). Read once, when the module loads (src/config/env.ts checks the value at start).
 */
const DEFAULT_READER: PdfTextReader = pdfTextReaderFrom(process.env.GONGKAI_PDF_TEXT_READER);

function pageLines(items: readonly PositionedText[], pageNumber: number): string[] {
  return dropPageNumber(buildPageLines(items), pageNumber);
}

function joinPages(pages: readonly string[][]): string {
  const withText = pages.filter((lines) => lines.length > 0).map((lines) => lines.join('\n'));
  if (withText.length === 0) {
    throw new ReportInputError(
      'PDF_NO_TEXT',
      'PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字；请先做文字识别（OCR）或提供 Word/网页版本',
    );
  }
  return withText.join('\n');
}

async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // pdf.js takes ownership of (and may detach) the buffer it is given: pass a copy.
    // unpdf's getDocumentProxy with the options it passes on Node (its `import.meta.resolve` of
    // pdfjs-dist, done per call, finds nothing here and adds no option) plus a shared worker.
    const { getDocument } = await getResolvedPDFJS();
    const task = getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: true,
      verbosity: 0,
      worker: await pdfWorker(),
    });
    return await task.promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new ReportInputError('PDF_INVALID', 'PDF 已加密（需要密码），无法读取');
    }
    throw new ReportInputError('PDF_INVALID', 'PDF 文件已损坏或格式不正确，无法读取');
  }
}

async function pageItems(document: PdfDocument, pageNumber: number): Promise<PositionedText[]> {
  let content: Awaited<ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['getTextContent']>>;
  try {
    const page = await document.getPage(pageNumber);
    content = await page.getTextContent();
  } catch {
    throw new ReportInputError('PDF_INVALID', `PDF 第 ${pageNumber} 页已损坏，无法读取`);
  }
  const items: PositionedText[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') {
      continue;
    }
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    const fontSize = item.height > 0 ? item.height : Math.hypot(c, d) || Math.hypot(a, b);
    items.push({ text: item.str, x, y, width: item.width, fontSize, fontName: item.fontName });
  }
  return items;
}
