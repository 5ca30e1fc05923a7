/**
 * Which drafted sentences of an item's report no longer match the records (decision 039): the
 * report assembled again from the records — the same use case as the draft (a roll-up over the
 * organs it recorded) — without writing anything, and each stored drafted sentence's figures
 * compared with the figures now.
 */
import type { ItemReportRow } from '../../db/queries/publishing/item-reports.ts';
import {
  figuresNow,
  staleProse,
  type ReportProse,
  type StaleSentence,
} from '../../domain/annual-report/report-prose.ts';
import { assembleDraft } from './assemble-draft.ts';
import { assembleRollup } from './assemble-rollup.ts';
import type { DraftDeps } from './organ-facts.ts';

/** The stale sentences, or why the records could not be read again (a message for the page). */
export type Staleness = { ok: true; stale: StaleSentence[] } | { ok: false; message: string };

/**
 * @param organId the item's organ
 * @param stored the item's report with its drafted prose
 */
export async function proseStaleness(
  deps: DraftDeps,
  organId: number,
  stored: Pick<ItemReportRow, 'year' | 'source' | 'rollup'> & { prose: ReportProse },
): Promise<Staleness> {
  const draft =
    stored.source === 'rollup'
      ? await assembleRollup(
          deps,
          organId,
          stored.year,
          'written',
          stored.rollup?.members.map((m) => m.organId) ?? null,
        )
      : await assembleDraft(deps, organId, stored.year);
  if (!draft.ok) {
    return {
      ok: false,
      message:
        draft.kind === 'invalid'
          ? `无法按最新记录核对：${Object.values(draft.errors).join('；')}`
          : '无法按最新记录核对：机关不存在。',
    };
  }
  return { ok: true, stale: staleProse(stored.prose, figuresNow(draft.report, draft.prose)) };
}
