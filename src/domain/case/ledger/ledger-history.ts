/**
 * The history a ledger row tells, as the case events the platform records for a case handled in
 * it: 收到申请; the extension (延期) if any; for a closed case the reply with the ledger's result
 * and its delivery on the reply date; then the 行政复议 / 行政诉讼 recorded. Folding these gives
 * the status, decision and 办结日期 (case-file.ts), the same as for a case worked in the platform.
 */
import type { CaseEventData } from '../events.ts';
import type { LedgerCase } from './ledger-case.ts';

/** The reason recorded with events that only the ledger attests. */
export const LEDGER_REASON = '据导入的台账记载';

/**
 * @example ledgerHistory(openCase).map((e) => e.kind) // ['received']
 * @example ledgerHistory(closedCase).map((e) => e.kind) // ['received', 'replyDrafted', 'delivered']
 */
export function ledgerHistory(c: LedgerCase): CaseEventData[] {
  const events: CaseEventData[] = [
    { kind: 'received', channel: c.channel, on: c.receivedOn, source: 'import' },
  ];
  if (c.extension) {
    events.push(
      { kind: 'extensionRequested', on: c.extension.on, days: c.extension.days, reason: LEDGER_REASON },
      { kind: 'extensionApproved', on: c.extension.on, days: c.extension.days },
    );
  }
  if (c.closing) {
    const item = {
      description: [...c.content].slice(0, 1000).join(''),
      decision: c.closing.decision,
      reason: LEDGER_REASON,
      howToObtain: '',
    };
    events.push(
      { kind: 'replyDrafted', on: c.closing.closedOn, items: [item] },
      { kind: 'delivered', on: c.closing.closedOn, method: c.closing.deliveryMethod, trackingNumber: '' },
    );
  }
  for (const review of c.reviews) {
    events.push({
      kind: 'reviewRecorded',
      on: review.filedOn,
      reviewKind: review.kind,
      body: review.body,
      result: review.result,
      concludedOn: null,
    });
  }
  return events;
}
