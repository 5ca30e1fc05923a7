/**
 * Parses the text of a published annual report (any flattening) into the contract, with findings
 * about what could not be read.
 */
import type { AnnualReport } from '../model.ts';
import type { Finding } from '../findings.ts';

export type ParseResult = { report: AnnualReport; findings: Finding[] };

/**
 * @param text the report as plain text (HTML/DOCX/PDF are converted to text by src/io first:
 *   table rows become lines `| cell | cell |`).
 * @throws ReportInputError when the text is empty, not a report, or a table is cut off.
 */
export function parseReportText(text: string): ParseResult {
  void text;
  throw new Error('parser not yet written');
}
