/**
 * DOCX → text: the document part is read straight from the zip and walked as XML (ooxml-text.ts),
 * giving the same shape as the HTML reader — paragraphs as lines, table rows as `| a | b |`.
 * mammoth is no longer used: it took ≈ 350 ms a report (docs/decisions/005-docx-reader.md).
 */
import { ReportInputError } from '../domain/report/errors.ts';
import { documentXmlToText } from './ooxml-text.ts';
import { readZipEntry } from './zip-read.ts';

const BROKEN = 'Word 文档（.docx）已损坏或格式不正确，无法读取';

/**
 * Converts a Word document to the text the report parser reads.
 * @param bytes the .docx file
 * @throws ReportInputError `DOCX_INVALID` when the zip is damaged, has no `word/document.xml`,
 *   inflates past the size limit, or holds XML that cannot be read
 * @example await docxToText(await readFile('report.docx')) // '一、总体情况\n…\n| 规章 | 0 | 0 | 0 |'
 */
export function docxToText(bytes: Uint8Array): Promise<string> {
  let xml: Uint8Array | null;
  try {
    xml = readZipEntry(bytes, 'word/document.xml');
  } catch {
    return Promise.reject(new ReportInputError('DOCX_INVALID', BROKEN));
  }
  if (xml === null) {
    return Promise.reject(new ReportInputError('DOCX_INVALID', `${BROKEN}（找不到 word/document.xml）`));
  }
  try {
    return Promise.resolve(documentXmlToText(new TextDecoder('utf-8').decode(xml)));
  } catch {
    return Promise.reject(new ReportInputError('DOCX_INVALID', BROKEN));
  }
}
