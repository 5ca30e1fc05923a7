/**
 * 一键下载 (issue 12: "one click downloads them all as a ZIP and as the CSV dataset"): the
 * published annual reports of a year of the organ chosen on 年度报告报送情况 and every organ below it
 * the person may see. The ZIP holds each report as the files stored for it — the DOCX/PDF of its
 * 年度报告 item — or, for a report with no stored file (loaded before reports were items), a DOCX
 * rendered from its data; plus the dataset CSV and a list of every organ's progress. The CSV is
 * the open data API's report dataset (one row per report, render/csv.ts: formulas guarded).
 *
 * The ZIP is streamed (decision 043): each organ's files are read from the database only when the
 * reader has taken the previous organ's, and written out as stored entries (DOCX/PDF are
 * compressed already), so memory holds one organ's files, however many organs there are.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Queryable } from '../../db/db.ts';
import type { PublishedReportRow } from '../../db/queries/report-bundle.ts';
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

/** A download (the ZIP as a stream), or nothing to download (no organ the person may see). */
export type ReportBundle =
  | { ok: true; organName: string; year: number; body: ReadableStream<Uint8Array>; count: number }
  | { ok: false };

/** A name safe as a ZIP path segment (no separators, no control characters, not empty). */
const segment = (name: string, kind: 'docx' | 'pdf', index: number) => sanitizeFileName(name, kind, index);

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

/** One organ's files in the ZIP: those stored with its report item, else a DOCX rendered from its data. */
async function entriesOf(
  db: Queryable,
  row: PublishedReportRow,
  year: number,
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const own = row.itemId === null ? [] : await listReportFilesOf(db, [row.itemId]);
  if (own.length > 0) {
    return own.map((f, i) => ({
      name: segment(f.name, f.mediaType === DOCX ? 'docx' : 'pdf', i),
      bytes: f.bytes,
    }));
  }
  const { renderReport } = await import('../../render/index.ts');
  return [
    {
      name: `${year}年度政府信息公开工作年度报告.docx`,
      bytes: new Uint8Array(await renderReport(row.report, 'docx')),
    },
  ];
}

/**
 * The ZIP, written organ by organ as the reader pulls: fflate's streaming Zip hands each chunk to
 * the stream; the next organ's files are read only on the next pull.
 */
function zipStream(
  db: Queryable,
  page: ReportStatusPage,
  reports: readonly PublishedReportRow[],
): ReadableStream<Uint8Array> {
  const names = new Map(page.lines.map((l) => [l.organ.id, l.organ.name]));
  const csvRows: { report: PublishedReportRow['report']; file: string }[] = [];
  let zip: Zip;
  let next = 0;
  const addFile = (name: string, bytes: Uint8Array, stored: boolean) => {
    const file = stored ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(bytes, true);
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        zip = new Zip((error, chunk, final) => {
          if (error) {
            controller.error(error);
            return;
          }
          controller.enqueue(chunk);
          if (final) {
            controller.close();
          }
        });
      },
      async pull() {
        const row = reports[next];
        if (row === undefined) {
          addFile('年度报告数据.csv', new TextEncoder().encode(datasetCsv(csvRows)), false);
          addFile('报送情况.csv', new TextEncoder().encode(progressCsv(page)), false);
          zip.end();
          return;
        }
        const index = next;
        next += 1;
        const folder = segment(names.get(row.organId) ?? `机关${row.organId}`, 'pdf', index).replace(
          /\.pdf$/,
          '',
        );
        const taken = new Set<string>();
        for (const entry of await entriesOf(db, row, page.year)) {
          const name = taken.has(entry.name) ? `${taken.size + 1}-${entry.name}` : entry.name;
          taken.add(name);
          addFile(`${folder}/${name}`, entry.bytes, true);
        }
        csvRows.push({ report: row.report, file: `${folder}/${[...taken][0] ?? ''}` });
      },
      cancel() {
        zip.terminate();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * The ZIP of the year's published reports, as a stream.
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
  const reports = await listPublishedReportsOf(
    deps.db,
    page.lines.map((l) => l.organ.id),
    page.year,
  );
  return {
    ok: true,
    organName: chosen.name,
    year: page.year,
    body: zipStream(deps.db, page, reports),
    count: reports.length,
  };
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
