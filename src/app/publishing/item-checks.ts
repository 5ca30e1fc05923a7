/**
 * Gathers what the pre-publication checks need (attachment text, 解读 links, own links, settings)
 * and runs them. Stage `save` looks at the item as it stands; stage `sign` judges what goes out now:
 * a document goes out with the 解读 waiting for 签发 beside it (一并签发), a 解读 only after its document
 * or together with it (`goingOutWith`).
 */
import type { Queryable } from '../../db/db.ts';
import { listItemFiles } from '../../db/queries/publishing/item-files.ts';
import { linkedItems, publishedItemIds } from '../../db/queries/publishing/item-links.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { findItemReport, reportOfYearTaken } from '../../db/queries/publishing/item-reports.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { checkItem, type ItemFinding } from '../../domain/publishing/checks/check-item.ts';
import type { ReportCheckFacts } from '../../domain/publishing/checks/report-findings.ts';
import type { ItemKind } from '../../domain/publishing/vocabulary.ts';
import { ownLinksOf } from '../../io/publishing/body-html.ts';
import type { PublishingSettings } from './publishing-settings.ts';

export type CheckStage = 'save' | 'sign';

const OUT = new Set(['published', 'scheduled']);

async function brokenOwnLinks(db: Queryable, bodyHtml: string): Promise<string[]> {
  const links = ownLinksOf(bodyHtml);
  const itemIds = links.flatMap((href) => {
    const m = /^\/o\/[a-z0-9-]+\/gk\/items\/(\d{1,12})(?:[?#].*)?$/.exec(href);
    return m ? [Number(m[1])] : [];
  });
  const found = await publishedItemIds(db, itemIds);
  return links.filter((href) => {
    const m = /^\/o\/[a-z0-9-]+\/gk\/items\/(\d{1,12})(?:[?#].*)?$/.exec(href);
    return m !== null && !found.has(Number(m[1]));
  });
}

/** A 年度报告's report and whether another item published its year (decision 029). */
async function reportFacts(db: Queryable, row: ItemRow): Promise<ReportCheckFacts> {
  const stored = await findItemReport(db, row.id);
  if (stored === null) {
    return { report: null, yearTakenBy: null };
  }
  const taken = await reportOfYearTaken(db, row.organId, stored.year, row.id);
  return {
    report: { year: stored.year, findings: stored.findings },
    yearTakenBy: taken?.indexNumber ?? null,
  };
}

/**
 * The findings on the item now.
 * @param publishOn the day it would go out (today, or the 定时发布 day)
 */
export async function checkItemNow(
  db: Queryable,
  row: ItemRow,
  settings: PublishingSettings,
  stage: CheckStage,
  today: LocalDate,
  publishOn: LocalDate,
  goingOutWith: ReadonlySet<number> = new Set(),
): Promise<ItemFinding[]> {
  const files = await listItemFiles(db, row.id);
  const interpretations = await linkedItems(db, row.id, 'interpretations');
  const documents = await linkedItems(db, row.id, 'documents');
  const counts = (status: string) =>
    OUT.has(status) || status === 'inSigning' || (stage === 'save' && status !== 'withdrawn');
  return checkItem({
    kind: row.kind as ItemKind,
    title: row.title,
    docNumber: row.docNumber,
    writtenOn: row.writtenOn as LocalDate | null,
    publishOn,
    today,
    bodyText: row.bodyText,
    attachments: files.map((f) => ({ fileId: f.id, name: f.name, text: f.text })),
    interpretationRequired: settings.interpretationRequired,
    interpretationCount: interpretations.filter((i) => counts(i.status)).length,
    interpretedDocuments: documents.map((d) => ({
      title: d.title,
      isOut: OUT.has(d.status) || goingOutWith.has(d.id) || (stage === 'save' && d.status !== 'withdrawn'),
    })),
    brokenOwnLinks: await brokenOwnLinks(db, row.bodyHtml),
    ...(row.kind === 'annualReport' ? { report: await reportFacts(db, row) } : {}),
  });
}
