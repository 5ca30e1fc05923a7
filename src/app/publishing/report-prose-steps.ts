/**
 * The two steps on the drafted prose of a 年度报告 item (decision 039), while the item may be edited
 * (草稿, including one 审核退回 to the drafter — the transition table's `edit`): saving the staff's
 * text of the six parts, and 「按最新记录重新起草」. Each in one transaction: the report's sections,
 * the checker's findings, the re-rendered DOCX (the previous file kept for the record), the item's
 * version, an event and an audit record.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { appendItemEvent } from '../../db/queries/publishing/item-links.ts';
import { findItemReport, type ItemReportRow } from '../../db/queries/publishing/item-reports.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { updateItemRow } from './item-writes.ts';
import { readProseEdits } from '../../domain/annual-report/prose-edits.ts';
import { editedParts, partNumbers, type ReportProse } from '../../domain/annual-report/report-prose.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { finishReport } from '../annual-report/drafted-report.ts';
import type { AppDeps } from '../deps.ts';
import { invalid, STALE, type Failure, type Result } from '../failures.ts';
import { loadItemForEdit } from './item-access.ts';
import { readReportInput, storeItemReport } from './item-report-input.ts';

/** The message when the item's report has no drafted prose to edit. */
export const NO_DRAFTED_PROSE =
  '本事项的年度报告不是由平台记录起草或由下级机关汇总的，或起草于保存起草文字之前，没有可修改的起草文字。请在“修改草稿”中选择“由平台记录起草”或“由下级机关汇总”后保存。';

type Editable = { row: ItemRow; organName: string; stored: ItemReportRow };

/**
 * The item locked for the step, if the actor may edit it at `version` and its report was drafted
 * from records or summed over organs (and, for `prose`, has its drafted prose stored).
 */
async function editableReport(
  tx: Queryable,
  actor: Actor,
  itemId: number,
  version: number,
  needs: 'prose' | 'draft',
): Promise<Editable | Failure> {
  const loaded = await loadItemForEdit(tx, actor, itemId);
  if ('ok' in loaded) {
    return loaded;
  }
  const { row, registry } = loaded;
  if (row.version !== version) {
    return STALE;
  }
  const stored = await findItemReport(tx, itemId);
  const drafted = stored !== null && (stored.source === 'records' || stored.source === 'rollup');
  if (stored === null || !drafted || (needs === 'prose' && stored.prose === null)) {
    return invalid({ _form: NO_DRAFTED_PROSE });
  }
  const organName = registry.byId.get(row.organId)?.name ?? stored.report.organ ?? '';
  return { row, organName, stored };
}

const isFailure = (x: Editable | Failure): x is Failure => 'ok' in x;

/** The version bump, event and audit record of a step. */
async function record(
  tx: Queryable,
  deps: AppDeps,
  actor: Actor,
  row: ItemRow,
  step: { event: string; action: string; before: Record<string, unknown>; after: Record<string, unknown> },
): Promise<boolean> {
  const now = deps.clock.now();
  if (!(await updateItemRow(tx, row.id, row.version, {}, now))) {
    return false;
  }
  const by = { accountId: actor.accountId, name: actor.displayName };
  await appendItemEvent(tx, row.id, by, step.event, step.after, now);
  await appendAudit(tx, {
    at: now,
    actorId: actor.accountId,
    actorName: actor.displayName,
    organId: row.organId,
    action: step.action,
    entity: 'item',
    entityId: String(row.id),
    before: step.before,
    after: step.after,
  });
  return true;
}

const partsText = (prose: ReportProse) => partNumbers(editedParts(prose)) || '（无）';

/**
 * Saves the staff's text of the six parts.
 * @param posted the form's fields (`part-overview` … `part-other`)
 * @returns the parts now edited and the checker's error count
 */
export async function saveReportProse(
  deps: AppDeps,
  actor: Actor,
  itemId: number,
  version: number,
  posted: Readonly<Record<string, string | undefined>>,
): Promise<Result<{ editedParts: string; errors: number }>> {
  return deps.db.transaction(async (tx) => {
    const editable = await editableReport(tx, actor, itemId, version, 'prose');
    if (isFailure(editable)) {
      return editable;
    }
    const { row, organName, stored } = editable;
    const storedProse = stored.prose!;
    const read = readProseEdits(posted, storedProse);
    if (!read.ok) {
      return invalid(read.errors);
    }
    const prose: ReportProse = { drafted: storedProse.drafted, edited: read.edited };
    const finished = await finishReport(tx, { id: row.organId, name: organName }, stored.report, prose);
    const fileId = await storeItemReport(
      tx,
      itemId,
      {
        year: stored.year,
        source: stored.source,
        ...(stored.rollup ? { rollup: stored.rollup } : {}),
        ...finished,
      },
      deps.clock.now(),
    );
    const errors = finished.findings.filter((f) => f.severity === 'error').length;
    const after = { editedParts: partsText(prose), fileId, reportErrors: errors };
    if (
      !(await record(tx, deps, actor, row, {
        event: 'proseEdited',
        action: 'item.editReportProse',
        before: { editedParts: partsText(storedProse) },
        after,
      }))
    ) {
      return STALE;
    }
    return { ok: true as const, editedParts: after.editedParts, errors };
  });
}

/**
 * 「按最新记录重新起草」: the tables and the whole prose drafted again from the records (a roll-up over
 * the organs it recorded). The staff's edited text is replaced only when `confirmed`.
 */
export async function redraftReport(
  deps: AppDeps,
  actor: Actor,
  itemId: number,
  version: number,
  confirmed: boolean,
): Promise<Result<{ replacedParts: string }>> {
  return deps.db.transaction(async (tx) => {
    const editable = await editableReport(tx, actor, itemId, version, 'draft');
    if (isFailure(editable)) {
      return editable;
    }
    const { row, stored } = editable;
    const replaced = stored.prose === null ? [] : editedParts(stored.prose);
    if (replaced.length > 0 && !confirmed) {
      return invalid({
        replaceEdited: `第${partNumbers(replaced)}部分的文字已人工修改，重新起草将以新起草的文字替换这些修改。如确需重新起草，请勾选“以新起草的文字替换已修改的文字”后再提交。`,
      });
    }
    const read = await readReportInput(deps, tx, row.organId, itemId, {
      year: String(stored.year),
      source: stored.source,
      file: null,
      organs: stored.rollup?.members.map((m) => String(m.organId)) ?? [],
      replaceEdited: true,
    });
    if (!read.ok) {
      return invalid({ _form: Object.values(read.errors).join('；') });
    }
    const fileId = await storeItemReport(tx, itemId, read.value, deps.clock.now());
    const replacedParts = partNumbers(replaced) || '（无）';
    const after = { replacedParts, fileId, reportSource: stored.source };
    if (
      !(await record(tx, deps, actor, row, {
        event: 'redrafted',
        action: 'item.redraftReport',
        before: { editedParts: replacedParts },
        after,
      }))
    ) {
      return STALE;
    }
    return { ok: true as const, replacedParts };
  });
}
