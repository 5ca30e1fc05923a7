/**
 * A report in an output format of the CLI: the renderer's formats (src/render) and `pdf` (the
 * report PDF, src/io/publishing/report-pdf.ts, with the PDF font of GAZETTE_FONT). pdfkit is loaded
 * only when a PDF is asked for, so the other commands start without it.
 */
import { parseEnv } from '../config/env.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import { RENDER_FORMATS, renderReport, type RenderFormat, type RenderOptions } from '../render/index.ts';

/** Every format the CLI writes. */
export const CLI_FORMATS = [...RENDER_FORMATS, 'pdf'] as const;
export type CliFormat = (typeof CLI_FORMATS)[number];

/** True when `value` is one of the CLI's formats. */
export function isCliFormat(value: string): value is CliFormat {
  return (CLI_FORMATS as readonly string[]).includes(value);
}

/**
 * Renders the report.
 * @throws GazetteFontError when a PDF is asked for and the font cannot be used (run.ts prints it)
 */
export async function renderForCli(
  report: AnnualReport,
  format: CliFormat,
  options: RenderOptions = {},
): Promise<Buffer> {
  if (format !== 'pdf') {
    return renderReport(report, format satisfies RenderFormat, options);
  }
  const { renderReportPdf } = await import('../io/publishing/report-pdf.ts');
  const pdf = await renderReportPdf(report, parseEnv(process.env).gazetteFont);
  return Buffer.from(pdf.bytes);
}
