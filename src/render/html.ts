/**
 * The report as an HTML page (or an `<article>` fragment): title, the six parts with their
 * official headings as `<h2>`, each part's prose and its table in the official layout, and — when
 * findings are given — markers on the cells they point at and a findings list after the report.
 *
 * Round-trip contract with the HTML reader: every table row is a `<tr>`, labels are verbatim, a
 * cell's text is only its printed label or number (markers are CSS), headings are the exact
 * official text. Table captions and notices are attributes drawn by CSS, not text. The only text
 * that is not the report is the findings list `<aside data-gongkai="findings">`, present only when
 * findings are passed; a reader should skip it.
 */
import type { Finding } from '../domain/report/findings.ts';
import { PARTS } from '../domain/report/layout.ts';
import type { PartKey } from '../domain/report/layout.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import { attributes, escapeHtml } from './html-escape.ts';
import { elementIds, flagAttributes, indexFindings, renderFindingsList } from './html-findings.ts';
import type { FindingIndex } from './html-findings.ts';
import { REPORT_CSS } from './html-style.ts';
import { renderTableHtml } from './html-table.ts';
import { proseParagraphs, reportTitle, sectionText } from './labels.ts';
import { buildReportTables, MISSING_TABLE_NOTICE, tableOfPart } from './tables.ts';
import type { ReportTables } from './tables.ts';

export type HtmlRenderOptions = {
  /** Findings to mark in the tables and list after the report. */
  readonly findings?: readonly Finding[];
  /** Only the `<article>` (for embedding in a page that brings its own `<head>`); include REPORT_CSS yourself. */
  readonly fragment?: boolean;
  /** Prefix of element ids, to keep several reports on one page apart. Default `gk`. */
  readonly idPrefix?: string;
};

/** The parts whose heading is printed: all six for the tabular formats; for legacy, those with prose. */
function renderedParts(report: AnnualReport): Set<PartKey> {
  if (report.format !== 'legacy') {
    return new Set(PARTS.map((p) => p.key));
  }
  return new Set(PARTS.filter((p) => sectionText(report, p.key) !== null).map((p) => p.key));
}

function renderPart(
  part: (typeof PARTS)[number],
  report: AnnualReport,
  tables: ReportTables,
  index: FindingIndex,
  prefix: string,
): string {
  const headingId = elementIds.part(prefix, part.key);
  const paragraphs = proseParagraphs(sectionText(report, part.key)).map((p) => `<p>${escapeHtml(p)}</p>`);
  const table = tableOfPart(tables, part.key);
  let tableHtml = '';
  if (table.kind === 'table') {
    tableHtml = renderTableHtml(table.table, index, prefix);
  } else if (table.kind === 'missing') {
    // The notice is drawn from aria-label by CSS, so it is shown and announced but is not page text.
    tableHtml = `<div${attributes({ class: 'gk-missing', role: 'note', 'aria-label': MISSING_TABLE_NOTICE })}></div>`;
  }
  return (
    `<section${attributes({ class: `gk-part gk-part-${part.key}`, 'aria-labelledby': headingId })}>\n` +
    `<h2${flagAttributes(index, headingId)}>${escapeHtml(part.heading)}</h2>\n` +
    [...paragraphs, tableHtml].filter((s) => s !== '').join('\n') +
    `\n</section>`
  );
}

function renderArticle(report: AnnualReport, options: HtmlRenderOptions): string {
  const prefix = options.idPrefix ?? 'gk';
  const tables = buildReportTables(report);
  const parts = renderedParts(report);
  const index = indexFindings(options.findings ?? [], tables, parts, prefix);
  const titleId = elementIds.title(prefix);
  const body = PARTS.filter((p) => parts.has(p.key)).map((p) => renderPart(p, report, tables, index, prefix));
  const findingsList = renderFindingsList(index, prefix);
  return (
    `<article${attributes({ class: 'gk-report', lang: 'zh-CN', 'data-format': report.format, 'aria-labelledby': titleId })}>\n` +
    `<h1${flagAttributes(index, titleId)}>${escapeHtml(reportTitle(report))}</h1>\n` +
    body.join('\n') +
    (findingsList === '' ? '' : `\n${findingsList}`) +
    `\n</article>`
  );
}

/**
 * Renders a report as HTML.
 * @param report any format; legacy reports render as prose only
 * @param options `findings` to mark, `fragment` for only the `<article>`
 * @returns a complete `<!doctype html>` page, or the `<article>` element when `fragment` is set
 * @example renderReportHtml(report, { findings: checkReport(report) })
 */
export function renderReportHtml(report: AnnualReport, options: HtmlRenderOptions = {}): string {
  const article = renderArticle(report, options);
  if (options.fragment === true) {
    return `${article}\n`;
  }
  return (
    `<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="gongkai">\n` +
    `<title>${escapeHtml(reportTitle(report))}</title>\n<style>${REPORT_CSS}</style>\n</head>\n` +
    `<body class="gk-page">\n<main>\n${article}\n</main>\n</body>\n</html>\n`
  );
}
