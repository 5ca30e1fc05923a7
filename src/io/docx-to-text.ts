/**
 * DOCX → text: the document part is read straight from the zip and walked as XML (ooxml-text.ts),
 * giving the same shape as the HTML reader — paragraphs as lines, table rows as `| a | b |`.
 * mammoth is no longer used: it took ≈ 350 ms a report (docs/decisions/005-docx-reader.md).
 * The package itself is validated first by sniff.ts (zip/office-package.ts); the document part is
 * bounded here again, more tightly: its text is what the parser works through (decision 015).
 */
import { megabytesText } from '../domain/byte-size.ts';
import { ReportInputError } from '../domain/report/errors.ts';
import { documentXmlToText } from './ooxml-text.ts';
import { inflateEntry } from './zip/zip-inflate.ts';
import { findZipEntry } from './zip/zip-read.ts';

const BROKEN = 'Word 文档（.docx）已损坏或格式不正确，无法读取';

/**
 * The largest document part read: a 100-page report with its tables is a few MB of XML; a 60 MB
 * one took 20 s and 900 MB to read (issue 8).
 */
export const MAX_DOCUMENT_XML_BYTES = 16 * 1024 * 1024;

/**
 * Converts a Word document to the text the report parser reads.
 * @param bytes the .docx file
 * @param mainPart the main document part (office-package.ts finds it from the content types)
 * @throws ReportInputError `DOCX_INVALID` when the zip is damaged, has no document part or holds
 *   XML that cannot be read; `TOO_LARGE` when the document part inflates past the limit
 * @example await docxToText(await readFile('report.docx')) // '一、总体情况\n…\n| 规章 | 0 | 0 | 0 |'
 */
export function docxToText(
  bytes: Uint8Array,
  mainPart = 'word/document.xml',
  maxXmlBytes = MAX_DOCUMENT_XML_BYTES,
): Promise<string> {
  try {
    return Promise.resolve(documentXmlToText(readDocumentXml(bytes, mainPart, maxXmlBytes)));
  } catch (error) {
    return Promise.reject(
      error instanceof ReportInputError ? error : new ReportInputError('DOCX_INVALID', BROKEN),
    );
  }
}

function readDocumentXml(bytes: Uint8Array, mainPart: string, maxXmlBytes: number): string {
  const entry = findZipEntry(bytes, mainPart);
  if (entry === null) {
    throw new ReportInputError('DOCX_INVALID', `${BROKEN}（找不到 ${mainPart}）`);
  }
  const xml = inflateEntry(bytes, entry, maxXmlBytes);
  if (!xml.ok) {
    throw xml.problem === 'too-large'
      ? new ReportInputError(
          'TOO_LARGE',
          `Word 文档正文解压后超过 ${megabytesText(maxXmlBytes)}，超出检查上限，无法检查。年度报告正文通常不到 5 MB，请确认文件是否选对`,
        )
      : new ReportInputError('DOCX_INVALID', BROKEN);
  }
  return new TextDecoder('utf-8').decode(xml.bytes);
}
