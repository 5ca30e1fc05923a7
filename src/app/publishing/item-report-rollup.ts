/**
 * The 「由下级机关汇总」 branch of a 年度报告 item's report (decision 038): the posted organ ids checked
 * against the organ's subtree (a forged id gets one message naming no organ), a year that has ended,
 * no other report item of the organ's year, then the roll-up summed, rendered to DOCX and checked
 * (the staff's edited text kept unless replaced, decision 039).
 */
import type { Queryable } from '../../db/db.ts';
import { otherReportItem } from '../../db/queries/annual-report-rollup.ts';
import { isWithin } from '../../domain/access/policy.ts';
import { isOneOf, ITEM_STATUS_LABELS, ITEM_STATUSES } from '../../domain/publishing/vocabulary.ts';
import { draftYearRefusal } from '../annual-report/assemble-draft.ts';
import { assembleRollup, MAX_ROLLUP_ORGANS } from '../annual-report/assemble-rollup.ts';
import { draftedReport } from '../annual-report/drafted-report.ts';
import type { AppDeps } from '../deps.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import type { Read } from './item-report-input.ts';

const fail = (field: string, message: string): Read => ({ ok: false, errors: { [field]: message } });

const ROLLUP_REFUSED = '所选单位须是本机关及其下属单位。';

/** The posted organ ids, or null when one is not an id (a forged form). */
function postedIds(raw: readonly string[]): number[] | null {
  const ids = raw.map((v) => (/^[1-9]\d{0,9}$/.test(v) ? Number(v) : NaN));
  return ids.some(Number.isNaN) || ids.length > MAX_ROLLUP_ORGANS ? null : [...new Set(ids)];
}

/** A second report item of the organ's year is refused: a correction is made in the first one. */
async function yearHasItem(tx: Queryable, organId: number, year: number, itemId: number | null) {
  const other = await otherReportItem(tx, organId, year, itemId);
  if (other === null) {
    return null;
  }
  const status = isOneOf(ITEM_STATUSES, other.status) ? ITEM_STATUS_LABELS[other.status] : other.status;
  return fail(
    'reportYear',
    `本机关${year}年度的年度报告已有一个事项（${status}${other.indexNumber === null ? '' : `，索引号 ${other.indexNumber}`}），请在该事项中修改，不要另起一份`,
  );
}

/**
 * The district roll-up over the chosen organs below the organ, as a DOCX.
 * @param posted the organ ids as posted (checkboxes)
 */
export async function fromRollup(
  deps: AppDeps,
  tx: Queryable,
  organId: number,
  itemId: number | null,
  year: number,
  posted: readonly string[],
  replaceEdited = false,
): Promise<Read> {
  const registry = await loadOrganRegistry(tx);
  if (!registry.organs.some((o) => o.parentId === organId)) {
    return fail('reportSource', '本机关没有下级机关，不能由下级机关汇总，请选择其他来源');
  }
  const ids = postedIds(posted);
  // forged ids (not ids, unknown organs, organs outside the subtree) get one message that names none
  if (ids === null || ids.some((id) => !isWithin(registry.tree, id, organId))) {
    return fail('rollupOrgans', ROLLUP_REFUSED);
  }
  if (ids.length === 0) {
    return fail('rollupOrgans', '请至少选择一个纳入汇总的单位');
  }
  const notEnded = draftYearRefusal(year, deps.clock.today());
  if (notEnded !== null) {
    return fail('reportYear', Object.values(notEnded.errors).join('；'));
  }
  const taken = await yearHasItem(tx, organId, year, itemId);
  if (taken !== null) {
    return taken;
  }
  const draft = await assembleRollup({ db: tx, clock: deps.clock }, organId, year, 'written', ids);
  if (!draft.ok) {
    return draft.kind === 'invalid' && draft.errors.included !== undefined
      ? fail('rollupOrgans', draft.errors.included)
      : fail('reportYear', draft.kind === 'invalid' ? Object.values(draft.errors).join('；') : '机关不存在');
  }
  const finished = await draftedReport(tx, draft.organ, itemId, draft, replaceEdited);
  return {
    ok: true,
    value: {
      year,
      source: 'rollup',
      rollup: { draftedOn: deps.clock.today(), members: draft.members },
      ...finished,
    },
  };
}
