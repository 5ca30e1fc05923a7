/**
 * Bulk steps (规范性文件清理, mass 签发 or 撤回): the same step on many items, each in its own
 * transaction through performItemAction — so each is checked by the transition table at its current
 * version and audited on its own, and one refusal does not undo the others. For a 有效性 change the
 * person may have a 清理结果 notice drafted listing what changed (it then goes through 三审 like
 * any item).
 */
import { findItem } from '../../db/queries/publishing/items.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { ItemAction } from '../../domain/publishing/transitions.ts';
import { VALIDITY_LABELS, isOneOf, VALIDITIES } from '../../domain/publishing/vocabulary.ts';
import type { AppDeps } from '../deps.ts';
import { invalid, type Result } from '../failures.ts';
import { performItemAction } from './perform-item-action.ts';
import { createItem } from './save-item.ts';

export const BULK_ACTIONS = ['sign', 'withdraw', 'changeValidity'] as const satisfies readonly ItemAction[];
export type BulkAction = (typeof BULK_ACTIONS)[number];
export const MAX_BULK_ITEMS = 200;

export type BulkOutcome = { itemId: number; title: string; ok: boolean; message: string };

/** Runs `action` on each item; returns one line per item and the id of the drafted notice, if any. */
export async function bulkItemAction(
  deps: AppDeps,
  actor: Actor,
  organId: number,
  itemIds: readonly number[],
  action: BulkAction,
  form: Record<string, string | undefined>,
): Promise<Result<{ outcomes: BulkOutcome[]; noticeId: number | null }, 'invalid'>> {
  const ids = [...new Set(itemIds)];
  if (ids.length === 0) {
    return invalid({ items: '请至少勾选一条信息' });
  }
  if (ids.length > MAX_BULK_ITEMS) {
    return invalid({ items: `一次最多处理${MAX_BULK_ITEMS}条信息` });
  }
  const outcomes: BulkOutcome[] = [];
  for (const id of ids) {
    const row = await findItem(deps.db, id);
    if (row === null || row.organId !== organId) {
      outcomes.push({ itemId: id, title: '', ok: false, message: '信息不存在，或不属于本机关' });
      continue;
    }
    const result = await performItemAction(deps, actor, id, row.version, action, form);
    outcomes.push({
      itemId: id,
      title: row.title,
      ok: result.ok,
      message: result.ok
        ? '已完成'
        : result.kind === 'invalid'
          ? Object.values(result.errors).join('；')
          : 'message' in result
            ? result.message
            : '未能完成',
    });
  }
  const done = outcomes.filter((o) => o.ok);
  let noticeId: number | null = null;
  if (
    action === 'changeValidity' &&
    form.draftNotice === 'yes' &&
    done.length > 0 &&
    isOneOf(VALIDITIES, form.validity)
  ) {
    const label = VALIDITY_LABELS[form.validity];
    const created = await createItem(deps, actor, organId, {
      fields: {
        kind: 'notice',
        title: `关于规范性文件清理结果的公告`,
        genre: '公告',
        summary: `${done.length}件文件标注为${label}`,
      },
      bodyFormat: 'text',
      body: [
        `经清理，下列${done.length}件文件标注为“${label}”${form.note ? `（${form.note}）` : ''}：`,
        ...done.map((o, i) => `${i + 1}. ${o.title}`),
      ].join('\n'),
      bodyDocx: null,
      columns: [],
      documents: [],
    });
    noticeId = created.ok ? created.itemId : null;
  }
  return { ok: true, outcomes, noticeId };
}
