/**
 * Creates a draft, or saves changes to one (草稿 only, at the version the editor showed). In one
 * transaction: the item, its columns, its 解读 links, an event and an audit record.
 */
import { appendAudit } from '../../db/queries/audit.ts';
import { appendItemEvent, setInterpretedDocuments } from '../../db/queries/publishing/item-links.ts';
import { setItemColumns } from '../../db/queries/publishing/item-links.ts';
import { insertItemRow, updateItemRow } from './item-writes.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { invalid, STALE, type Result } from '../failures.ts';
import { forbiddenFor } from '../failures.ts';
import { rolesOnOrgan } from '../cases/case-access.ts';
import type { AppDeps } from '../deps.ts';
import { loadItemForEdit } from './item-access.ts';
import { itemFieldsOf, readItemInput, type ItemSubmission } from './item-input.ts';
import { storeItemReport, type ReportInput } from './item-report-input.ts';

const DRAFTERS = ['handler', 'admin'];

/** Creates a draft in `organId`. */
export async function createItem(
  deps: AppDeps,
  actor: Actor,
  organId: number,
  submission: ItemSubmission,
): Promise<Result<{ itemId: number }>> {
  if (!rolesOnOrgan(actor, organId).some((r) => DRAFTERS.includes(r))) {
    return forbiddenFor(['handler', 'admin']);
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const read = await readItemInput(deps, tx, organId, submission, deps.clock.today() as LocalDate);
    if (!read.ok) {
      return invalid(read.errors);
    }
    const by = { accountId: actor.accountId, name: actor.displayName };
    const itemId = await insertItemRow(tx, organId, itemFieldsOf(read.input), by, now);
    await setItemColumns(tx, itemId, read.input.columnIds);
    await setInterpretedDocuments(tx, itemId, read.input.documentIds);
    const reportFileId = await storeItemReport(tx, itemId, read.input.report, now);
    await appendItemEvent(tx, itemId, by, 'created', {}, now);
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId,
      action: 'item.create',
      entity: 'item',
      entityId: String(itemId),
      before: null,
      after: {
        title: read.input.draft.title,
        itemKind: read.input.draft.kind,
        ...reportAudit(read.input.report, reportFileId),
      },
    });
    return { ok: true as const, itemId };
  });
}

/** Saves a draft the person saw at `version`. */
export async function saveItem(
  deps: AppDeps,
  actor: Actor,
  itemId: number,
  version: number,
  submission: ItemSubmission,
): Promise<Result<{ itemId: number }>> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const loaded = await loadItemForEdit(tx, actor, itemId);
    if ('ok' in loaded) {
      return loaded;
    }
    const { row } = loaded;
    if (row.version !== version) {
      return STALE;
    }
    const read = await readItemInput(
      deps,
      tx,
      row.organId,
      submission,
      deps.clock.today() as LocalDate,
      itemId,
    );
    if (!read.ok) {
      return invalid(read.errors);
    }
    if (!(await updateItemRow(tx, itemId, version, itemFieldsOf(read.input), now))) {
      return STALE;
    }
    await setItemColumns(tx, itemId, read.input.columnIds);
    await setInterpretedDocuments(tx, itemId, read.input.documentIds);
    const reportFileId = await storeItemReport(tx, itemId, read.input.report, now);
    const by = { accountId: actor.accountId, name: actor.displayName };
    await appendItemEvent(tx, itemId, by, 'edited', {}, now);
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: row.organId,
      action: 'item.edit',
      entity: 'item',
      entityId: String(itemId),
      before: { title: row.title },
      after: { title: read.input.draft.title, ...reportAudit(read.input.report, reportFileId) },
    });
    return { ok: true as const, itemId };
  });
}

/** The audit record's facts of a newly given report (its year, file and source). */
export function reportAudit(report: ReportInput, fileId: number | null): Record<string, unknown> {
  return report === null || 'keep' in report || fileId === null
    ? {}
    : {
        reportYear: report.year,
        reportSource: report.source,
        fileId,
        name: report.file.name,
        ...(report.rollup ? { rollupOrgans: report.rollup.members.map((m) => m.name).join('、') } : {}),
      };
}
