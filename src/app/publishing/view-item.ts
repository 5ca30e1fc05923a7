/**
 * The staff item page: the item, its files with hidden metadata, 解读 links, the checks as they
 * stand, the 第二十六条 limit, the settings shown on the item, the steps the person may take now
 * (from the transition table), the history, and the columns and topics the editor offers.
 */
import { listItemFiles, type ItemFileRow } from '../../db/queries/publishing/item-files.ts';
import {
  itemColumnIds,
  linkedItems,
  listItemEvents,
  listItemVersions,
  type ItemEventRow,
  type ItemVersionRow,
  type LinkedItem,
} from '../../db/queries/publishing/item-links.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { findItemReport, type ItemReportRow } from '../../db/queries/publishing/item-reports.ts';
import type { ReportDeadline } from '../../domain/annual-report/report-deadline.ts';
import { reportDeadlineOf } from '../annual-report/deadline-settings.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { ItemFinding } from '../../domain/publishing/checks/check-item.ts';
import {
  publicationDeadline,
  type PublicationDeadline,
} from '../../domain/publishing/publication-deadline.ts';
import { itemActions, type ItemAction } from '../../domain/publishing/transitions.ts';
import type { ItemKind, ItemStatus } from '../../domain/publishing/vocabulary.ts';
import type { OfferedAction } from '../../domain/workflow/transition-table.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';
import { rolesOnOrgan } from '../cases/case-access.ts';
import type { AppDeps } from '../deps.ts';
import { rollupView, type RollupView } from '../annual-report/rollup-view.ts';
import { proseStaleness, type Staleness } from '../annual-report/prose-staleness.ts';
import type { ReportProse } from '../../domain/annual-report/report-prose.ts';
import { loadCatalogue, type CatalogueNode } from './catalogue.ts';
import { loadItemFor } from './item-access.ts';
import { checkItemNow } from './item-checks.ts';
import { beijingDate } from './publish-item.ts';
import { loadPublishingSettings, type PublishingSettings } from './publishing-settings.ts';

export type ItemView = {
  row: ItemRow;
  organ: Organ;
  files: ItemFileRow[];
  interpretations: LinkedItem[];
  documents: LinkedItem[];
  findings: ItemFinding[];
  deadline: PublicationDeadline | null;
  settings: PublishingSettings;
  actions: OfferedAction<ItemAction>[];
  events: ItemEventRow[];
  versions: ItemVersionRow[];
  columns: CatalogueNode[];
  columnIds: number[];
  /**
   * A 年度报告's report: year, source and file (decision 029), a roll-up's choice of organs (038),
   * and its 第四十九条 deadline under the local settings (037).
   */
  report:
    (Pick<ItemReportRow, 'year' | 'source' | 'fileId' | 'rollup'> & { deadline: ReportDeadline }) | null;
  /** A roll-up's included organs and where their reports stand now (decision 038). */
  rollup: RollupView | null;
  /**
   * A drafted report's prose with the staff's edits, and its stale sentences against the records
   * now (decision 039; not looked for once the item is out: scheduled, published, withdrawn).
   */
  prose: { stored: ReportProse; staleness: Staleness | null } | null;
};

const OUT = new Set(['scheduled', 'published', 'withdrawn']);

/** The item's report with its deadline under the local settings (report-deadline.ts). */
/** Steps that the checks' errors would refuse are offered disabled, with the reason. */
function blockedByFindings(
  offered: OfferedAction<ItemAction>[],
  findings: readonly ItemFinding[],
): OfferedAction<ItemAction>[] {
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors === 0) {
    return offered;
  }
  return offered.map((o) =>
    (o.action === 'submitForReview' || o.action === 'sign') && o.blockedBy === null
      ? { ...o, blockedBy: `发布前检查有${errors}个错误，须先修改后才能${o.label}。` }
      : o,
  );
}

/** The page's data, or null when the item does not exist or the person may not see it. */
export async function viewItem(deps: AppDeps, actor: Actor, itemId: number): Promise<ItemView | null> {
  const loaded = await loadItemFor(deps.db, actor, itemId);
  if (loaded === null) {
    return null;
  }
  const { row, registry } = loaded;
  const today = deps.clock.today() as LocalDate;
  const settings = await loadPublishingSettings(deps.db, row.organId);
  const calendar = await loadWorkingDayCalendar(deps.db);
  const facts = { status: row.status as ItemStatus, kind: row.kind as ItemKind, draftedBy: row.draftedBy };
  const findings =
    row.status === 'withdrawn' ? [] : await checkItemNow(deps.db, row, settings, 'save', today, today);
  const report = row.kind === 'annualReport' ? await findItemReport(deps.db, itemId) : null;
  const offered = itemActions(rolesOnOrgan(actor, row.organId), facts, {
    accountId: actor.accountId,
    drafterMaySign: settings.drafterMaySign,
  });
  return {
    row,
    organ: registry.byId.get(row.organId)!,
    files: await listItemFiles(deps.db, itemId),
    interpretations: await linkedItems(deps.db, itemId, 'interpretations'),
    documents: await linkedItems(deps.db, itemId, 'documents'),
    findings,
    deadline:
      row.status === 'withdrawn'
        ? null
        : publicationDeadline(
            calendar,
            row.formedOn as LocalDate,
            row.publishedAt === null ? null : beijingDate(row.publishedAt),
            today,
          ),
    settings,
    actions: blockedByFindings(offered, findings),
    events: await listItemEvents(deps.db, itemId),
    versions: await listItemVersions(deps.db, itemId),
    columns: await loadCatalogue(deps.db, row.organId),
    columnIds: await itemColumnIds(deps.db, itemId),
    report:
      report === null
        ? null
        : {
            ...report,
            deadline: await reportDeadlineOf(deps.db, registry.byId.get(row.organId)!, report.year),
          },
    rollup:
      report === null || report.rollup === null
        ? null
        : await rollupView(deps.db, actor, registry, report.year, report.rollup, today),
    prose:
      report === null || report.prose === null
        ? null
        : {
            stored: report.prose,
            staleness: OUT.has(row.status)
              ? null
              : await proseStaleness(deps, row.organId, { ...report, prose: report.prose }),
          },
  };
}
