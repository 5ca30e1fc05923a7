/**
 * THE pool for parsing untrusted files off the main thread (decision 015): the 年报体检 (uploaded
 * or pasted reports), text extraction for documents (the coming 主动公开 attachments), and upload
 * inspection (application and intake attachments). Two lanes on the same worker code, so that a
 * flood of slow reports cannot hold up the small, bounded inspections of applications' attachments:
 * `reports` with `workers` threads, `uploads` with one.
 */
import { ReportInputError, type ReportInputErrorCode } from '../../domain/report/errors.ts';
import {
  GazetteFontError,
  type GazetteFont,
  type GazettePdf,
  type GazettePdfInput,
} from '../publishing/gazette-font.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import type { ReportPdf } from '../publishing/report-pdf.ts';
import type { UploadInspection, UploadKind } from '../upload/inspect-upload.ts';
import { entryNextTo } from '../worker-pool/worker-entry.ts';
import { createWorkerPool, WorkerJobError, type WorkerPool } from '../worker-pool/worker-pool.ts';
import type { CheckedReport, ExtractedText, ParseJob } from './parse-jobs.ts';

export { WorkerPoolError, type WorkerPoolFailure } from '../worker-pool/worker-pool.ts';
export type { CheckedReport, ExtractedText } from './parse-jobs.ts';

/** Sizing (from the environment: PARSE_WORKERS, PARSE_TIMEOUT_SECONDS, PARSE_MEMORY_MB, PARSE_QUEUE). */
export type ParsePoolSettings = { workers: number; timeoutMs: number; memoryMb: number; queueLength: number };

/** One worker, 20 s, 512 MB of heap, 8 waiting: decision 015. */
export const DEFAULT_PARSE_POOL_SETTINGS: ParsePoolSettings = {
  workers: 1,
  timeoutMs: 20_000,
  memoryMb: 512,
  queueLength: 8,
};

/** The pool's jobs, typed. Each rejects with ReportInputError (input) or WorkerPoolError (pool). */
export type ParsePool = {
  /** Reads, parses and checks an uploaded report (sniffed by content). */
  checkReportFile(bytes: Uint8Array, fileName: string): Promise<CheckedReport>;
  /** Parses and checks pasted report text. */
  checkReportText(text: string): Promise<CheckedReport>;
  /** The text of a PDF / Word / HTML / text file, as the report reader sees it. */
  extractText(bytes: Uint8Array, fileName: string): Promise<ExtractedText>;
  /** Validates an upload by content (never throws ReportInputError: refusals are results). */
  inspectUpload(bytes: Uint8Array, accepted: readonly UploadKind[]): Promise<UploadInspection>;
  /**
   * Renders a 政府公报 issue's PDF (not a parse, but CPU-bound for a second: same worker code,
   * reports lane). Rejects with GazetteFontError when the font cannot be used.
   */
  renderGazettePdf(input: GazettePdfInput, font: GazetteFont): Promise<GazettePdf>;
  /** Renders an annual report's PDF (report-pdf.ts; same lane and font as the 公报). */
  renderReportPdf(report: AnnualReport, font: GazetteFont): Promise<ReportPdf>;
  /** Stops the workers. */
  close(): Promise<void>;
};

/**
 * Creates the pool; workers start on first use.
 * @example const pool = createParsePool(DEFAULT_PARSE_POOL_SETTINGS); await pool.checkReportText(text)
 */
export function createParsePool(settings: ParsePoolSettings): ParsePool {
  const entry = entryNextTo(import.meta.url, 'parse-worker');
  const lane = { ...settings, size: settings.workers };
  const reports = createWorkerPool(entry, lane);
  const uploads = createWorkerPool(entry, { ...lane, size: 1 });
  return {
    checkReportFile: (bytes, fileName) => run(reports, { kind: 'check-report-file', bytes, fileName }),
    checkReportText: (text) => run(reports, { kind: 'check-report-text', text }),
    extractText: (bytes, fileName) => run(reports, { kind: 'extract-text', bytes, fileName }),
    inspectUpload: (bytes, accepted) => run(uploads, { kind: 'inspect-upload', bytes, accepted }),
    renderGazettePdf: (input, font) => run(reports, { kind: 'gazette-pdf', input, font }),
    renderReportPdf: (report, font) => run(reports, { kind: 'report-pdf', report, font }),
    close: async () => {
      await Promise.all([reports.close(), uploads.close()]);
    },
  };
}

/** Runs a job; an input error thrown in the worker comes back as the same ReportInputError. */
async function run<T>(pool: WorkerPool, job: ParseJob): Promise<T> {
  try {
    return await pool.run<T>(job);
  } catch (error) {
    if (error instanceof WorkerJobError && error.name === 'ReportInputError') {
      throw new ReportInputError(error.code as ReportInputErrorCode, error.message);
    }
    if (error instanceof WorkerJobError && error.name === 'GazetteFontError') {
      throw new GazetteFontError(error.message);
    }
    throw error;
  }
}
