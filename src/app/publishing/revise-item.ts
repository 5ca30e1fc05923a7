/**
 * 修订: a published item is revised as a new version by someone who may 签发 — the new content
 * passes the same checks (errors block, warnings need a reason), the previous version is kept, the
 * 索引号 stays, and the public page shows 「修订于…」 with the note.
 */
import {
  appendItemEvent,
  setInterpretedDocuments,
  setItemColumns,
} from '../../db/queries/publishing/item-links.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { updateItemRow } from './item-writes.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { hasBlockingFinding } from '../../domain/publishing/checks/check-item.ts';
import { itemRefusal } from '../../domain/publishing/transitions.ts';
import type { ItemKind, ItemStatus } from '../../domain/publishing/vocabulary.ts';
import { rolesOnOrgan } from '../cases/case-access.ts';
import { invalid, NOT_FOUND, refused, STALE, type Result } from '../failures.ts';
import type { AppDeps } from '../deps.ts';
import { loadItemFor } from './item-access.ts';
import { checkItemNow } from './item-checks.ts';
import { itemFieldsOf, readItemInput, type ItemSubmission } from './item-input.ts';
import { storeItemReport } from './item-report-input.ts';
import { StaleItemError, withStaleAsResult } from './perform-item-action.ts';
import { publishItem } from './publish-item.ts';
import { loadPublishingSettings } from './publishing-settings.ts';

/** Publishes the submitted content as the item's next version. */
export async function reviseItem(
  deps: AppDeps,
  actor: Actor,
  itemId: number,
  version: number,
  submission: ItemSubmission & { note: string; warningReason: string },
): Promise<Result<{ itemId: number }>> {
  const now = deps.clock.now();
  const today = deps.clock.today() as LocalDate;
  return withStaleAsResult(() =>
    deps.db.transaction(async (tx) => {
      const loaded = await loadItemFor(tx, actor, itemId, true);
      if (loaded === null) {
        return NOT_FOUND;
      }
      const { row } = loaded;
      const settings = await loadPublishingSettings(tx, row.organId);
      const facts = {
        status: row.status as ItemStatus,
        kind: row.kind as ItemKind,
        draftedBy: row.draftedBy,
      };
      const refusal = itemRefusal('revise', rolesOnOrgan(actor, row.organId), facts, {
        accountId: actor.accountId,
        drafterMaySign: settings.drafterMaySign,
      });
      if (refusal !== null) {
        return refused(refusal);
      }
      if (row.version !== version) {
        return STALE;
      }
      const read = await readItemInput(deps, tx, row.organId, submission, today, itemId);
      const note = submission.note.trim();
      if (!read.ok || note === '') {
        return invalid({
          ...(read.ok ? {} : read.errors),
          ...(note === '' ? { note: '请写明修订说明，公众页面将显示“修订于…”和说明' } : {}),
        });
      }
      if (read.input.draft.kind !== row.kind) {
        return invalid({ kind: '修订不能改变信息类别' });
      }
      if (!(await updateItemRow(tx, itemId, version, itemFieldsOf(read.input), now))) {
        throw new StaleItemError();
      }
      await setItemColumns(tx, itemId, read.input.columnIds);
      await setInterpretedDocuments(tx, itemId, read.input.documentIds);
      await storeItemReport(tx, itemId, read.input.report, now);
      const fresh = (await findItem(tx, itemId, true))!;
      const findings = await checkItemNow(tx, fresh, settings, 'sign', today, today);
      if (hasBlockingFinding(findings)) {
        throw new RevisionRefused(
          findings
            .filter((f) => f.severity === 'error')
            .map((f) => f.message)
            .join('；'),
        );
      }
      const warnings = findings.filter((f) => f.severity === 'warning');
      if (warnings.length > 0 && submission.warningReason.trim() === '') {
        throw new RevisionRefused(
          `检查有${warnings.length}条提示，请写明为何仍然发布：${warnings.map((w) => w.message).join('；')}`,
          'warningReason',
        );
      }
      const who = { accountId: actor.accountId, name: actor.displayName };
      await appendItemEvent(
        tx,
        itemId,
        who,
        'revisionChecked',
        { warnings: warnings.map((w) => w.message), reason: submission.warningReason },
        now,
      );
      if (!(await publishItem(tx, fresh, now, who, { revisionNote: note, audit: 'item.revise' }))) {
        throw new StaleItemError();
      }
      return { ok: true as const, itemId };
    }),
  ).catch((error: unknown) => {
    if (error instanceof RevisionRefused) {
      return error.field === 'warningReason'
        ? invalid({ warningReason: error.message })
        : refused(`修订未发布：${error.message}`);
    }
    throw error;
  });
}

/** Thrown to roll the revision back when the checks refuse it. */
class RevisionRefused extends Error {
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}
