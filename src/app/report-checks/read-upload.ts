/**
 * Uploaded bytes or pasted text → a parsed report with the parser's findings, as
 * `loadReport` does for files: the kind is decided by content (io/sniff.ts), never by the name.
 */
import { ReportInputError } from '../../domain/report/errors.ts';
import { parseReportText } from '../../domain/report/parse/parse-report.ts';
import { EMPTY_MESSAGES, reportFromJson, textOfSniffed, type LoadedReport } from '../../io/read-input.ts';
import { sniffInput } from '../../io/sniff.ts';

/**
 * Reads an uploaded file.
 * @param bytes the whole file (size already limited by the caller)
 * @param fileName the (checked) file name, used only to word messages
 * @throws ReportInputError for empty, binary, damaged or unreadable files and text that is not a report
 * @example const { report, findings } = await readUploadedReport(bytes, '2024年报.pdf')
 */
export async function readUploadedReport(bytes: Uint8Array, fileName: string): Promise<LoadedReport> {
  if (bytes.byteLength === 0) {
    throw new ReportInputError('EMPTY', '文件是空的');
  }
  const sniffed = sniffInput(bytes, fileName);
  if (sniffed.kind === 'json') {
    return { report: await reportFromJson(sniffed.json), findings: [], sourceText: null, kind: 'json' };
  }
  return parseText(sniffed.kind, await textOfSniffed(sniffed, bytes), EMPTY_MESSAGES[sniffed.kind]);
}

/**
 * Reads pasted text (a report copied from a web page or a document).
 * @throws ReportInputError `EMPTY` for blank text, `NOT_A_REPORT` / `TRUNCATED` from the parser
 */
export function readPastedReport(text: string): LoadedReport {
  return parseText('text', text.replace(/\r\n?/g, '\n'), '没有粘贴任何文字');
}

function parseText(kind: LoadedReport['kind'], text: string, emptyMessage: string): LoadedReport {
  if (text.trim() === '') {
    throw new ReportInputError('EMPTY', emptyMessage);
  }
  const { report, findings } = parseReportText(text);
  return { report, findings, sourceText: text, kind };
}
