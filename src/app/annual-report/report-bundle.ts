/**
 * 一键下载 (issue 12: "one click downloads them all as a ZIP and as the CSV dataset"): the
 * published annual reports of a year of the organ chosen on 年度报告报送情况 and every organ below it
 * the person may see. The ZIP holds each report as the files stored for it — the DOCX/PDF of its
 * 年度报告 item — or, for a report with no stored file (loaded before reports were items), a DOCX
 * rendered from its data; plus the dataset CSV and a list of every organ's progress. The CSV is
 * the open data API's report dataset (one row per report, render/csv.ts: formulas guarded).
 */
import { zipSync, type Zippable } from 'fflate';
import { listPublishedReportsOf, listReportFilesOf } from '../../db/queries/report-bundle.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { reportCsvColumns, reportCsvRow, toCsvLine } from '../../render/csv.ts';
import { sanitizeFileName } from '../cases/read-attachments.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import {
  isLate,
  reportProgress,
  REPORT_PROGRESS_LABELS,
  reportStatusPage,
  type ReportStatusPage,
} from './report-status.ts';

const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A download, or nothing to download (no organ the person may see). */
export type ReportBundle =
  { ok: true; organName: string; year: number; bytes: Uint8Array; count: number } | { ok: false };

/** A name safe as a ZIP path segment (no separators, no control characters, not empty). */
const segment = (name: string, kind: 'docx' | 'pdf', index: number) => sanitizeFileName(name, kind, index);

async function publishedOf(deps: CaseDeps, page: ReportStatusPage) {
  const ids = page.lines.map((l) => l.organ.id);
  const reports = await listPublishedReportsOf(deps.db, ids, page.year);
  const itemIds = reports.flatMap((r) => (r.itemId === null ? [] : [r.itemId]));
  const files = itemIds.length === 0 ? [] : await listReportFilesOf(deps.db, itemIds);
  const names = new Map(page.lines.map((l) => [l.organ.id, l.organ.name]));
  return { reports, files, names };
}

function datasetCsv(rows: readonly { report: Parameters<typeof reportCsvRow>[0]; file: string }[]): string {
  const lines = [
    toCsvLine(reportCsvColumns()),
    ...rows.map((r) => toCsvLine(reportCsvRow(r.report, { file: r.file }))),
  ];
  return `${UTF8_BOM}${lines.join(CRLF)}${CRLF}`;
}

function progressCsv(page: ReportStatusPage): string {
  const lines = [
    ['单位', '报送时限', '时限依据', '状态', '逾期', '年报体检错误数'],
    ...page.lines.map((l) => [
      l.organ.name,
      l.deadline.due,
      l.deadline.basis,
      REPORT_PROGRESS_LABELS[reportProgress(l.standing)],
      isLate(l) ? '逾期' : '',
      l.itemId === null ? '' : String(l.checkerErrors),
    ]),
  ].map(toCsvLine);
  return `${UTF8_BOM}${lines.join(CRLF)}${CRLF}`;
}

/**
 * The ZIP of the year's published reports.
 * @param query organ and year as on the status page
 */
export async function reportBundleZip(
  deps: CaseDeps,
  actor: Actor | null,
  query: { organ?: string; year?: string },
): Promise<ReportBundle> {
  const page = await reportStatusPage(deps, actor, query);
  const chosen = page.organs.find((o) => o.id === page.organId);
  if (!chosen) {
    return { ok: false };
  }
  const { reports, files, names } = await publishedOf(deps, page);
  const zip: Zippable = {};
  const csvRows: { report: (typeof reports)[number]['report']; file: string }[] = [];
  const { renderReport } = await import('../../render/index.ts');
  for (const [index, row] of reports.entries()) {
    const folder = segment(names.get(row.organId) ?? `机关${row.organId}`, 'pdf', index).replace(
      /\.pdf$/,
      '',
    );
    const own = files.filter((f) => f.itemId === row.itemId);
    const entries =
      own.length > 0
        ? own.map((f, i) => ({
            name: segment(f.name, f.mediaType === DOCX ? 'docx' : 'pdf', i),
            bytes: f.bytes,
          }))
        : [
            {
              name: `${page.year}年度政府信息公开工作年度报告.docx`,
              bytes: new Uint8Array(await renderReport(row.report, 'docx')),
            },
          ];
    const taken = new Set<string>();
    for (const entry of entries) {
      const name = taken.has(entry.name) ? `${taken.size + 1}-${entry.name}` : entry.name;
      taken.add(name);
      zip[`${folder}/${name}`] = [entry.bytes, { level: 0 }];
    }
    csvRows.push({ report: row.report, file: `${folder}/${[...taken][0] ?? ''}` });
  }
  zip['年度报告数据.csv'] = new TextEncoder().encode(datasetCsv(csvRows));
  zip['报送情况.csv'] = new TextEncoder().encode(progressCsv(page));
  return { ok: true, organName: chosen.name, year: page.year, bytes: zipSync(zip), count: reports.length };
}

/** The CSV dataset of the year's published reports (one row per report). */
export async function reportBundleCsv(
  deps: CaseDeps,
  actor: Actor | null,
  query: { organ?: string; year?: string },
): Promise<{ ok: true; organName: string; year: number; text: string } | { ok: false }> {
  const page = await reportStatusPage(deps, actor, query);
  const chosen = page.organs.find((o) => o.id === page.organId);
  if (!chosen) {
    return { ok: false };
  }
  const reports = await listPublishedReportsOf(
    deps.db,
    page.lines.map((l) => l.organ.id),
    page.year,
  );
  return {
    ok: true,
    organName: chosen.name,
    year: page.year,
    text: datasetCsv(reports.map((r) => ({ report: r.report, file: '' }))),
  };
}
