/**
 * Gathers what the pre-publication checks need (attachment text, 解读 links, own links, settings)
 * and runs them. Stage `save` looks at the item as it stands; stage `sign` judges what goes out now:
 * a document goes out with the 解读 waiting for 签发 beside it (一并签发), a 解读 only after its document
 * or together with it (`goingOutWith`). A re-check of published items reads the facts of a whole
 * batch at once (`factsOfItems`) and runs the same rules (`checkItemWith`).
 */
import type { Queryable } from '../../db/db.ts';
import { listReportStatusRows } from '../../db/queries/annual-report-records.ts';
import { listFilesOfItems, listItemFiles, type ItemFileRow } from '../../db/queries/publishing/item-files.ts';
import {
  linkedItems,
  linkedItemsOfItems,
  publishedItemIds,
  type LinkedItem,
} from '../../db/queries/publishing/item-links.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { findItemReport, reportOfYearTaken } from '../../db/queries/publishing/item-reports.ts';
import { rollupNews, type RollupRecord } from '../../domain/annual-report/rollup-members.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { checkItem, type ItemFinding } from '../../domain/publishing/checks/check-item.ts';
import type { ReportCheckFacts } from '../../domain/publishing/checks/report-findings.ts';
import type { ItemKind } from '../../domain/publishing/vocabulary.ts';
import { ownLinksOf } from '../../io/publishing/body-html.ts';
import type { PublishingSettings } from './publishing-settings.ts';

export type CheckStage = 'save' | 'sign';

const OUT = new Set(['published', 'scheduled']);

const OWN_ITEM_LINK = /^\/o\/[a-z0-9-]+\/gk\/items\/(\d{1,12})(?:[?#].*)?$/;

/** The item id an own-site link points at, or null for any other link. */
function linkedItemId(href: string): number | null {
  const m = OWN_ITEM_LINK.exec(href);
  return m ? Number(m[1]) : null;
}

/** What the checks need besides the row: attachments, 解读 links both ways, own-site links. */
export type CheckFacts = {
  files: readonly ItemFileRow[];
  interpretations: readonly LinkedItem[];
  documents: readonly LinkedItem[];
  /** The body's links to the platform's item pages, and which of those items are published. */
  ownLinks: readonly string[];
  publishedTargets: ReadonlySet<number>;
  /** A 年度报告's report (decision 029); absent for other kinds. */
  report?: ReportCheckFacts;
};

async function factsOf(db: Queryable, row: ItemRow): Promise<CheckFacts> {
  const ownLinks = ownLinksOf(row.bodyHtml);
  return {
    files: await listItemFiles(db, row.id),
    interpretations: await linkedItems(db, row.id, 'interpretations'),
    documents: await linkedItems(db, row.id, 'documents'),
    ownLinks,
    publishedTargets: await publishedItemIds(
      db,
      ownLinks.flatMap((h) => linkedItemId(h) ?? []),
    ),
    ...(row.kind === 'annualReport' ? { report: await reportFacts(db, row) } : {}),
  };
}

/**
 * The facts of a batch of items in four queries (a re-check walks thousands of items).
 * @returns the facts per item id
 */
export async function factsOfItems(
  db: Queryable,
  rows: readonly ItemRow[],
): Promise<Map<number, CheckFacts>> {
  const ids = rows.map((r) => r.id);
  const group = <T extends { itemId?: number; of?: number }>(list: readonly T[], key: (t: T) => number) => {
    const map = new Map<number, T[]>();
    for (const entry of list) {
      map.set(key(entry), [...(map.get(key(entry)) ?? []), entry]);
    }
    return map;
  };
  const files = group(await listFilesOfItems(db, ids), (f) => f.itemId);
  const interpretations = group(await linkedItemsOfItems(db, ids, 'interpretations'), (l) => l.of);
  const documents = group(await linkedItemsOfItems(db, ids, 'documents'), (l) => l.of);
  const links = new Map(rows.map((r) => [r.id, ownLinksOf(r.bodyHtml)]));
  const published = await publishedItemIds(
    db,
    [...links.values()].flat().flatMap((h) => linkedItemId(h) ?? []),
  );
  // 年度报告 are a few per organ and year: their report facts are read one by one
  const reports = new Map<number, ReportCheckFacts>();
  for (const row of rows.filter((r) => r.kind === 'annualReport')) {
    reports.set(row.id, await reportFacts(db, row));
  }
  return new Map(
    rows.map((r) => {
      const report = reports.get(r.id);
      return [
        r.id,
        {
          files: files.get(r.id) ?? [],
          interpretations: interpretations.get(r.id) ?? [],
          documents: documents.get(r.id) ?? [],
          ownLinks: links.get(r.id) ?? [],
          publishedTargets: published,
          ...(report === undefined ? {} : { report }),
        },
      ];
    }),
  );
}

/**
 * The findings on the item, from facts already read.
 * @param publishOn the day it would go out (today, or the 定时发布 day)
 */
export function checkItemWith(
  row: ItemRow,
  facts: CheckFacts,
  settings: PublishingSettings,
  stage: CheckStage,
  today: LocalDate,
  publishOn: LocalDate,
  goingOutWith: ReadonlySet<number> = new Set(),
): ItemFinding[] {
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
    attachments: facts.files.map((f) => ({ fileId: f.id, name: f.name, text: f.text })),
    interpretationRequired: settings.interpretationRequired,
    interpretationCount: facts.interpretations.filter((i) => counts(i.status)).length,
    interpretedDocuments: facts.documents.map((d) => ({
      title: d.title,
      isOut: OUT.has(d.status) || goingOutWith.has(d.id) || (stage === 'save' && d.status !== 'withdrawn'),
    })),
    brokenOwnLinks: facts.ownLinks.filter((href) => {
      const id = linkedItemId(href);
      return id !== null && !facts.publishedTargets.has(id);
    }),
    ...(facts.report === undefined ? {} : { report: facts.report }),
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
    ...(stored.rollup === null
      ? {}
      : { rollup: await rollupNow(db, row.organId, stored.year, stored.rollup) }),
  };
}

/** Where a roll-up's included organs' reports stand now (one statement, decision 038). */
async function rollupNow(db: Queryable, organId: number, year: number, record: RollupRecord) {
  const rows = await listReportStatusRows(
    db,
    record.members.map((m) => m.organId),
    year,
  );
  const published = new Map(
    rows.flatMap((r) => (r.publishedOn === null ? [] : [[r.organId, r.publishedOn]])),
  );
  return rollupNews(record, organId, published);
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
  return checkItemWith(row, await factsOf(db, row), settings, stage, today, publishOn, goingOutWith);
}
