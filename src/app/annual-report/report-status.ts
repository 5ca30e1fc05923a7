/**
 * 年度报告报送情况 (issue 12, "A supervisor's page lists every subordinate organ's report for a year"):
 * for the chosen organ and every organ below it the person may see, where its report of the year
 * stands — not started, in the workflow, published on time or late, overdue — against its
 * 第四十九条 deadline, with the checker's errors of the report in the workflow.
 */
import { listReportStatusRows } from '../../db/queries/annual-report-records.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  reportDeadline,
  reportTimeliness,
  type ReportDeadline,
  type Timeliness,
} from '../../domain/annual-report/report-deadline.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { statisticsScope } from '../cases/case-statistics.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { visibleCaseOrgans } from '../cases/list-cases.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import { FIRST_DRAFT_YEAR } from './assemble-draft.ts';
import { loadDeadlineSettings } from './deadline-settings.ts';

/** The words of a report's progress on the page and in downloads (issue 12). */
export const REPORT_PROGRESS_LABELS = {
  notStarted: '未开始',
  drafting: '起草中',
  submitted: '已提交审核',
  published: '已发布',
} as const;
export type ReportProgress = keyof typeof REPORT_PROGRESS_LABELS;

/**
 * Where a report is, in the page's words: a 年度报告 item in 草稿 is 起草中; in 审核, 签发 or
 * scheduled it is 已提交审核; published (an annual_reports row) it is 已发布.
 * @example reportProgress({ stage: 'inWorkflow', itemStatus: 'inSigning' }) // 'submitted'
 */
export function reportProgress(standing: ReportStanding): ReportProgress {
  switch (standing.stage) {
    case 'published':
      return 'published';
    case 'notStarted':
      return 'notStarted';
    case 'inWorkflow':
      return standing.itemStatus === 'draft' || standing.itemStatus === 'withdrawn'
        ? 'drafting'
        : 'submitted';
  }
}

/** True when the report came out late or is overdue (逾期). */
export const isLate = (line: { timeliness: Timeliness }): boolean =>
  line.timeliness.state === 'late' || line.timeliness.state === 'overdue';

/** Where one organ's report stands. */
export type ReportStanding =
  | { stage: 'notStarted' }
  | { stage: 'inWorkflow'; itemStatus: string }
  | { stage: 'published'; publishedOn: LocalDate };

export type ReportStatusLine = {
  organ: Organ;
  deadline: ReportDeadline;
  standing: ReportStanding;
  timeliness: Timeliness;
  itemId: number | null;
  checkerErrors: number;
};

export type ReportStatusPage = {
  organs: { id: number; name: string }[];
  organId: number | null;
  year: number;
  lines: ReportStatusLine[];
};

/**
 * @param query organ id and year from the GET form (default year: last year — its reports are due
 *   this year); an unknown organ or a year out of range falls back to the default
 */
export async function reportStatusPage(
  deps: CaseDeps,
  actor: Actor | null,
  query: { organ?: string; year?: string },
): Promise<ReportStatusPage> {
  const registry = await loadOrganRegistry(deps.db);
  const organs = visibleCaseOrgans(registry, actor);
  const today = deps.clock.today() as LocalDate;
  const lastYear = Number(today.slice(0, 4)) - 1;
  const asked = Number(query.year);
  const year =
    /^\d{4}$/.test(query.year ?? '') && asked >= FIRST_DRAFT_YEAR && asked <= lastYear ? asked : lastYear;
  const { chosen, ids } = statisticsScope(registry, organs, query.organ);
  if (!chosen) {
    return { organs, organId: null, year, lines: [] };
  }
  const rows = new Map((await listReportStatusRows(deps.db, ids, year)).map((r) => [r.organId, r]));
  const settings = await loadDeadlineSettings(deps.db);
  const lines = ids.map((id): ReportStatusLine => {
    const organ = registry.byId.get(id)!;
    const row = rows.get(id);
    const deadline = reportDeadline(organ, year, settings);
    const publishedOn = row?.publishedOn ?? null;
    const standing: ReportStanding =
      publishedOn !== null
        ? { stage: 'published', publishedOn }
        : row?.itemStatus
          ? { stage: 'inWorkflow', itemStatus: row.itemStatus }
          : { stage: 'notStarted' };
    return {
      organ,
      deadline,
      standing,
      timeliness: reportTimeliness(deadline.due, publishedOn, today),
      itemId: row?.itemId ?? null,
      checkerErrors: row?.checkerErrors ?? 0,
    };
  });
  return { organs, organId: chosen.id, year, lines };
}
