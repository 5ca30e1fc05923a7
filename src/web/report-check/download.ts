/**
 * A report as a download (JSON, DOCX, CSV, PDF) with a safe file name: an ASCII `filename` and the
 * Chinese title in `filename*`. Shared by the 年报体检 results and the portal's 公开年报.
 */
import type { Context } from 'hono';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import type { Finding } from '../../domain/report/findings.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { renderReport, RENDER_MEDIA } from '../../render/index.ts';
import { reportTitle } from '../../render/labels.ts';
import type { AppEnv } from '../context.ts';
import type { AppDeps } from '../../app/deps.ts';
import { reportPdf } from '../../app/portal/report-pdf.ts';
import { GazetteFontError } from '../../io/publishing/gazette-font.ts';
import { WorkerPoolError } from '../../io/parse-pool/parse-pool.ts';
import { HttpError } from '../http-error.ts';

/** The formats offered for download. */
export const DOWNLOAD_FORMATS = ['json', 'docx', 'csv'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** True when `value` is one of the download formats. */
export function isDownloadFormat(value: string | undefined): value is DownloadFormat {
  return (DOWNLOAD_FORMATS as readonly string[]).includes(value ?? '');
}

/**
 * Sends the report in `format`.
 * @param asciiBase the ASCII file name without extension (e.g. `gongkai-check-2024`)
 * @param findings CSV: error and warning counts go into the row
 */
export async function sendReportDownload(
  c: Context<AppEnv>,
  report: AnnualReport,
  format: DownloadFormat,
  asciiBase: string,
  findings?: readonly Finding[],
): Promise<Response> {
  const body = await renderReport(report, format, findings === undefined ? {} : { findings });
  const media = RENDER_MEDIA[format];
  return c.body(new Uint8Array(body), 200, {
    'content-type': media.mime,
    'content-disposition': contentDisposition(asciiBase, reportTitle(report), format),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
}

/**
 * Sends the report as a PDF (rendered on the parse pool, cached). When the PDF cannot be made now
 * (the pool is busy, the PDF font is missing) a 503 page says so and points to the Word file.
 */
export async function sendReportPdf(
  c: Context<AppEnv>,
  deps: AppDeps,
  report: AnnualReport,
  asciiBase: string,
): Promise<Response> {
  let bytes: Uint8Array;
  try {
    bytes = await reportPdf(deps, report);
  } catch (error) {
    if (error instanceof WorkerPoolError || error instanceof GazetteFontError) {
      throw new HttpError(503, 'PDF 版本暂时无法生成，请稍后再试，或下载 Word 版本。');
    }
    throw error;
  }
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/pdf',
    'content-disposition': contentDisposition(asciiBase, reportTitle(report), 'pdf'),
    'cache-control': 'public, max-age=300',
    'x-content-type-options': 'nosniff',
  });
}
