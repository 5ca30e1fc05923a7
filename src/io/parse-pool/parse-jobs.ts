/**
 * The jobs the parse pool runs on its worker threads, as plain functions (the worker only
 * dispatches to them; tests call them directly too): check an uploaded or pasted report, extract
 * the text of a document, inspect an upload. Everything they return crosses a thread boundary, so
 * it is plain data.
 */
import { checkReport } from '../../domain/report/check/check-report.ts';
import { ReportInputError } from '../../domain/report/errors.ts';
import { mergeFindings, type Finding } from '../../domain/report/findings.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { parseReportText } from '../../domain/report/parse/parse-report.ts';
import { convertReportBytes, loadReportBytes, type LoadedReport } from '../read-input.ts';
import type { InputKind } from '../sniff.ts';
import { renderGazettePdf } from '../publishing/gazette-pdf.ts';
import type { GazetteFont, GazettePdf, GazettePdfInput } from '../publishing/gazette-font.ts';
import { renderReportPdf, type ReportPdf } from '../publishing/report-pdf.ts';
import { inspectUpload, type UploadInspection, type UploadKind } from '../upload/inspect-upload.ts';

/** One job. */
export type ParseJob =
  | { kind: 'check-report-file'; bytes: Uint8Array; fileName: string }
  | { kind: 'check-report-text'; text: string }
  | { kind: 'extract-text'; bytes: Uint8Array; fileName: string }
  | { kind: 'inspect-upload'; bytes: Uint8Array; accepted: readonly UploadKind[] }
  | { kind: 'gazette-pdf'; input: GazettePdfInput; font: GazetteFont }
  | { kind: 'report-pdf'; report: AnnualReport; font: GazetteFont };

/** A report read and checked: the report and every finding (parser's and checks'), merged. */
export type CheckedReport = { report: AnnualReport; findings: Finding[]; kind: InputKind };

/** The text of a document (tables one row per line), or report data when the file was JSON. */
export type ExtractedText = { kind: InputKind; text: string | null };

/** What each job kind answers. */
export type ParseJobResult = {
  'check-report-file': CheckedReport;
  'check-report-text': CheckedReport;
  'extract-text': ExtractedText;
  'inspect-upload': UploadInspection;
  'gazette-pdf': GazettePdf;
  'report-pdf': ReportPdf;
};

/**
 * Runs one job.
 * @throws ReportInputError for input that is not a readable report (Chinese message)
 * @example await runParseJob({ kind: 'check-report-text', text }) // { report, findings, kind: 'text' }
 */
export async function runParseJob(job: ParseJob): Promise<ParseJobResult[ParseJob['kind']]> {
  switch (job.kind) {
    case 'check-report-file':
      return checked(await loadReportBytes(job.bytes, job.fileName));
    case 'check-report-text':
      return checked(parsePasted(job.text));
    case 'extract-text': {
      const input = await convertReportBytes(job.bytes, job.fileName);
      return { kind: input.kind, text: input.text };
    }
    case 'inspect-upload':
      return inspectUpload(job.bytes, job.accepted);
    case 'gazette-pdf':
      return renderGazettePdf(job.input, job.font);
    case 'report-pdf':
      return renderReportPdf(job.report, job.font);
    default: {
      const unexpected: never = job;
      throw new Error(`unknown job ${String(unexpected)}`);
    }
  }
}

function parsePasted(text: string): LoadedReport {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') {
    throw new ReportInputError('EMPTY', '没有粘贴任何文字');
  }
  const { report, findings } = parseReportText(normalized);
  return { report, findings, sourceText: normalized, kind: 'text' };
}

function checked(loaded: LoadedReport): CheckedReport {
  const found = checkReport(
    loaded.report,
    loaded.sourceText === null ? {} : { sourceText: loaded.sourceText },
  );
  return { report: loaded.report, findings: mergeFindings(loaded.findings, found), kind: loaded.kind };
}
