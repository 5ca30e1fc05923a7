/**
 * One entry point for every output format of a report (CLI `--format`, web downloads, jobs).
 * Text formats are UTF-8; CSV carries a BOM so that Excel/WPS detect UTF-8.
 */
import type { Finding } from '../domain/report/findings.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import { reportCsvColumns, reportCsvRow, toCsvLine } from './csv.ts';
import { renderReportHtml } from './html.ts';
import { renderReportJson } from './json.ts';
import { renderReportMarkdown } from './markdown.ts';

export { renderReportHtml } from './html.ts';
export type { HtmlRenderOptions } from './html.ts';
export { renderReportMarkdown } from './markdown.ts';
export { renderReportJson } from './json.ts';
export { reportCsvColumns, reportCsvRow, toCsvLine } from './csv.ts';
export { REPORT_CSS } from './html-style.ts';

export type RenderFormat = 'html' | 'docx' | 'md' | 'json' | 'csv';

/** Every format, e.g. for CLI validation and help text. */
export const RENDER_FORMATS: readonly RenderFormat[] = ['html', 'docx', 'md', 'json', 'csv'];

/** MIME type and file extension per format. */
export const RENDER_MEDIA: Readonly<
  Record<RenderFormat, { readonly mime: string; readonly extension: string }>
> = {
  html: { mime: 'text/html; charset=utf-8', extension: '.html' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: '.docx',
  },
  md: { mime: 'text/markdown; charset=utf-8', extension: '.md' },
  json: { mime: 'application/json; charset=utf-8', extension: '.json' },
  csv: { mime: 'text/csv; charset=utf-8', extension: '.csv' },
};

export type RenderOptions = {
  /** HTML: mark these findings; CSV: count errors and warnings from them. */
  readonly findings?: readonly Finding[];
  /** HTML: only the `<article>`. */
  readonly fragment?: boolean;
  /** CSV: the source file name for the `file` column. */
  readonly file?: string;
};

const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

function csvDocument(report: AnnualReport, options: RenderOptions): string {
  const findings = options.findings;
  const counts =
    findings === undefined
      ? {}
      : {
          errors: findings.filter((f) => f.severity === 'error').length,
          warnings: findings.filter((f) => f.severity === 'warning').length,
        };
  const row = reportCsvRow(report, {
    ...counts,
    ...(options.file === undefined ? {} : { file: options.file }),
  });
  return `${UTF8_BOM}${toCsvLine(reportCsvColumns())}${CRLF}${toCsvLine(row)}${CRLF}`;
}

/**
 * Renders a report in the given format.
 * @returns the file's bytes (csv: header line + one row, UTF-8 with BOM, CRLF line ends)
 * @example await renderReport(report, 'docx')
 */
export async function renderReport(
  report: AnnualReport,
  format: RenderFormat,
  options: RenderOptions = {},
): Promise<Buffer> {
  switch (format) {
    case 'html': {
      const htmlOptions = {
        ...(options.findings === undefined ? {} : { findings: options.findings }),
        ...(options.fragment === undefined ? {} : { fragment: options.fragment }),
      };
      return Buffer.from(renderReportHtml(report, htmlOptions), 'utf8');
    }
    case 'docx': {
      // The Word writer (docx) is loaded only when a DOCX is asked for (decision 013).
      const { renderReportDocx } = await import('./docx.ts');
      return renderReportDocx(report);
    }
    case 'md':
      return Buffer.from(renderReportMarkdown(report), 'utf8');
    case 'json':
      return Buffer.from(renderReportJson(report), 'utf8');
    case 'csv':
      return Buffer.from(csvDocument(report, options), 'utf8');
    default: {
      const unexpected: never = format;
      throw new Error(`unknown render format ${String(unexpected)}`);
    }
  }
}
