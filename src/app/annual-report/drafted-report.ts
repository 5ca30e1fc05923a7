/**
 * A report drafted from records or summed over organs, made ready to store as a 年度报告 item's report
 * (decision 039): its prose with the staff's edits kept (the editor's save) or replaced (「按最新记录
 * 重新起草」), the sections from that prose, the checker's findings with last year's report, and the
 * DOCX rendered from it. The staff's text edits go through the same finishing.
 */
import type { Queryable } from '../../db/db.ts';
import { findAnnualReport } from '../../db/queries/annual-reports.ts';
import { findItemReport } from '../../db/queries/publishing/item-reports.ts';
import type { DraftedProse } from '../../domain/annual-report/draft-prose.ts';
import {
  editedParts,
  freshProse,
  proseKeepingEdits,
  proseSections,
  type ReportProse,
} from '../../domain/annual-report/report-prose.ts';
import { checkReport } from '../../domain/report/check/check-report.ts';
import type { Finding } from '../../domain/report/findings.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { renderReport } from '../../render/index.ts';
import { reportTitle } from '../../render/labels.ts';
import { FILE_KIND_INFO } from '../cases/read-attachments.ts';

/** What the item's report becomes: the report, findings, prose and its DOCX. */
export type FinishedReport = {
  report: AnnualReport;
  findings: Finding[];
  prose: ReportProse;
  file: { name: string; mediaType: string; bytes: Uint8Array; hidden: [] };
};

/** The checker's findings on the report, with the organ's report of the year before for continuity. */
export async function checkWithLastYear(
  db: Queryable,
  organId: number,
  report: AnnualReport,
): Promise<Finding[]> {
  const last = report.year === null ? null : await findAnnualReport(db, organId, report.year - 1);
  return checkReport(report, last === null ? {} : { previous: last.report });
}

/** The report with the prose's sections, checked and rendered to DOCX. */
export async function finishReport(
  db: Queryable,
  organ: { id: number; name: string },
  report: AnnualReport,
  prose: ReportProse,
): Promise<FinishedReport> {
  const withProse = { ...report, sections: proseSections(prose) };
  return {
    report: withProse,
    findings: await checkWithLastYear(db, organ.id, withProse),
    prose,
    file: {
      name: `${reportTitle({ organ: organ.name, year: report.year ?? 0 })}.docx`,
      mediaType: FILE_KIND_INFO.docx.mediaType,
      bytes: new Uint8Array(await renderReport(withProse, 'docx')),
      hidden: [],
    },
  };
}

/**
 * A new draft as the item's report.
 * @param itemId the item (null when created): its stored edits of the same year are kept
 * @param replaceEdited true for 「按最新记录重新起草」: the edits go, the whole prose is drafted anew
 */
export async function draftedReport(
  tx: Queryable,
  organ: { id: number; name: string },
  itemId: number | null,
  draft: { report: AnnualReport; prose: DraftedProse; findings: Finding[] },
  replaceEdited: boolean,
): Promise<FinishedReport> {
  const stored = itemId === null || replaceEdited ? null : await findItemReport(tx, itemId);
  const previous = stored?.year === draft.report.year ? (stored?.prose ?? null) : null;
  const prose = proseKeepingEdits(previous, draft.prose);
  if (editedParts(prose).length > 0) {
    return finishReport(tx, organ, draft.report, prose);
  }
  return {
    report: draft.report,
    findings: draft.findings,
    prose: freshProse(draft.prose),
    file: {
      name: `${reportTitle({ organ: organ.name, year: draft.report.year ?? 0 })}.docx`,
      mediaType: FILE_KIND_INFO.docx.mediaType,
      bytes: new Uint8Array(await renderReport(draft.report, 'docx')),
      hidden: [],
    },
  };
}
