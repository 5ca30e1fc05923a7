/**
 * Input that cannot be read as a report at all. The CLI maps it to exit code 2 and prints only
 * `message` (Chinese, for users) — never a stack trace.
 */
export type ReportInputErrorCode =
  | 'EMPTY' // nothing but whitespace
  | 'BINARY' // not text and not a supported document type
  | 'ENCODING' // text in an encoding we cannot decode
  | 'TOO_LARGE' // over the size limit
  | 'PDF_NO_TEXT' // a PDF without a text layer (scanned)
  | 'PDF_INVALID' // not a readable PDF
  | 'DOCX_INVALID' // a .docx that is not a zip / has no document
  | 'HTML_INVALID'
  | 'NOT_A_REPORT' // readable text, but no annual report in it
  | 'TRUNCATED' // a table starts but the document ends inside it
  | 'SCHEMA' // JSON that does not match gongkai.annual-report.v1
  | 'NOT_FOUND'; // the file does not exist or cannot be opened

export class ReportInputError extends Error {
  readonly code: ReportInputErrorCode;

  /**
   * @param code stable machine-readable reason
   * @param message what is wrong, in Chinese, for the user
   */
  constructor(code: ReportInputErrorCode, message: string) {
    super(message);
    this.name = 'ReportInputError';
    this.code = code;
  }
}
