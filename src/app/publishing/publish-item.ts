/**
 * Puts an item online: at first publication it gets its 索引号 (allocated from the organ's pattern
 * and the year's serial — never changed afterwards), and every publication records a version
 * (the public page shows 「修订于…」 for later ones). Used by 签发, by 定时发布 and by revisions.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { appendItemEvent, insertItemVersion } from '../../db/queries/publishing/item-links.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { isIndexNumberTaken, nextIndexSerial } from '../../db/queries/publishing/items.ts';
import { updateItemRow } from './item-writes.ts';
import { findOrgan } from '../../db/queries/organs.ts';
import { formatIndexNumber } from '../../domain/publishing/index-number.ts';
import { DEFAULT_COLUMN_OF_KIND } from '../../domain/publishing/default-catalogue.ts';
import type { ItemKind } from '../../domain/publishing/vocabulary.ts';
import { indexItem } from '../search/index-item.ts';
import { indexCodeOf, loadPublishingSettings } from './publishing-settings.ts';
import { publishReportOf } from './publish-report.ts';

import { beijingDate } from '../../domain/calendar/beijing-time.ts';

export { beijingDate };

export type Publisher = { accountId: number | null; name: string };

/**
 * Publishes `row` (locked by the caller, at its current version) at `at`.
 * @returns false when the row changed meanwhile
 */
export async function publishItem(
  tx: Queryable,
  row: ItemRow,
  at: Date,
  by: Publisher,
  extra: { revisionNote?: string; audit: string; warningReason?: string },
): Promise<boolean> {
  const isFirst = row.indexNumber === null;
  let indexNumber = row.indexNumber;
  if (isFirst) {
    const settings = await loadPublishingSettings(tx, row.organId);
    const organ = await findOrgan(tx, row.organId);
    const publishedOn = beijingDate(at);
    // An imported item keeps its old 索引号; a serial whose number one of them already has is skipped.
    do {
      const serial = await nextIndexSerial(tx, row.organId, Number(publishedOn.slice(0, 4)));
      indexNumber = formatIndexNumber({
        pattern: settings.indexPattern,
        organCode: indexCodeOf(settings, organ!),
        publishedOn,
        columnCode: DEFAULT_COLUMN_OF_KIND[row.kind as ItemKind],
        serial,
      });
    } while (await isIndexNumberTaken(tx, indexNumber, row.id));
  }
  const versionNumber = row.publishedVersion + 1;
  const patch = isFirst
    ? {
        status: 'published',
        indexNumber: indexNumber!,
        publishedAt: at,
        publishedVersion: versionNumber,
        scheduledAt: null,
      }
    : {
        status: 'published',
        publishedVersion: versionNumber,
        revisedAt: at,
        revisionNote: extra.revisionNote ?? '',
        scheduledAt: null,
      };
  if (!(await updateItemRow(tx, row.id, row.version, patch, at))) {
    return false;
  }
  const report =
    row.kind === 'annualReport'
      ? await publishReportOf(tx, row, beijingDate(row.publishedAt ?? at), at)
      : null;
  await insertItemVersion(tx, row.id, versionNumber, at, extra.revisionNote ?? '', {
    title: row.title,
    docNumber: row.docNumber,
    bodyHtml: row.bodyHtml,
    summary: row.summary,
    ...(report === null ? {} : { reportYear: report.year, reportFileId: report.fileId }),
    // a roll-up's choice of organs, as it went out (decision 038)
    ...(report?.rollup ? { rollup: report.rollup } : {}),
  });
  await appendItemEvent(
    tx,
    row.id,
    by,
    isFirst ? 'published' : 'revised',
    { indexNumber, version: versionNumber },
    at,
  );
  await appendAudit(tx, {
    at,
    actorId: by.accountId,
    actorName: by.name,
    organId: row.organId,
    action: extra.audit,
    entity: 'item',
    entityId: String(row.id),
    before: { status: row.status },
    after: {
      status: 'published',
      indexNumber,
      version: versionNumber,
      ...(extra.warningReason ? { warningReason: extra.warningReason } : {}),
    },
  });
  // findable the moment it is published (search rows in the same transaction)
  await indexItem(tx, row.id);
  return true;
}
