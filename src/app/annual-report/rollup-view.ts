/**
 * A roll-up item's included organs as the item page shows them (decision 038): each organ's report
 * status now (未开始 / 起草中 / 已发布 / 逾期, against its 第四十九条 deadline), where its figures came
 * from when the roll-up was drafted (published, imported, records), and links — the organ's report
 * item when the person may see it, the portal's report page once published.
 */
import type { Queryable } from '../../db/db.ts';
import { listReportStatusRows } from '../../db/queries/annual-report-records.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { reportDeadline, reportTimeliness } from '../../domain/annual-report/report-deadline.ts';
import {
  memberStanding,
  type MemberStanding,
  type RollupMember,
  type RollupRecord,
} from '../../domain/annual-report/rollup-members.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { canViewCase } from '../cases/case-access.ts';
import type { OrganRegistry } from '../organs/load-organ-tree.ts';

/** One included organ on the item page. */
export type RollupLine = RollupMember & {
  /** Where its report stands today. */
  standingNow: MemberStanding;
  publishedOnNow: string | null;
  /** Its report item, when the person may open it. */
  itemHref: string | null;
  /** The portal's page of its published report. */
  reportHref: string | null;
};

export type RollupView = { draftedOn: string; lines: RollupLine[] };

/** The page's lines, in the recorded order (one statement for the standings). */
export async function rollupView(
  db: Queryable,
  actor: Actor,
  registry: OrganRegistry,
  year: number,
  record: RollupRecord,
  today: LocalDate,
): Promise<RollupView> {
  const rows = new Map(
    (
      await listReportStatusRows(
        db,
        record.members.map((m) => m.organId),
        year,
      )
    ).map((r) => [r.organId, r]),
  );
  const lines = record.members.map((member): RollupLine => {
    const organ = registry.byId.get(member.organId);
    const row = rows.get(member.organId);
    const publishedOn = row?.publishedOn ?? null;
    const standingNow =
      organ === undefined
        ? member.standing
        : memberStanding(
            publishedOn,
            (row?.itemStatus ?? null) !== null,
            reportTimeliness(reportDeadline(organ, year, {}).due, publishedOn, today),
          );
    const itemId = row?.itemId ?? null;
    return {
      ...member,
      standingNow,
      publishedOnNow: publishedOn,
      itemHref:
        itemId !== null && canViewCase(actor, member.organId, registry.tree)
          ? `/staff/items/${itemId}`
          : null,
      reportHref: publishedOn !== null && organ !== undefined ? `/o/${organ.slug}/gk/reports/${year}` : null,
    };
  });
  return { draftedOn: record.draftedOn, lines };
}
