/**
 * The facts that move a case's reply deadline, read off its file: receipt, the corrected
 * application's receipt (第三十条), consultation letters out → answers in (第三十二条、第三十四条,
 * excluded by 第三十三条第三款), fee notice → payment (setting `feeTimeExcluded`), the approved
 * extension (第三十三条第二款) and a 第三十五条 deferred date.
 */
import type { ClockFacts, ClockPause } from '../deadlines/clock-facts.ts';
import type { CaseFile } from './case-file.ts';

/**
 * @example clockFactsOf(foldCase(events)).pauses // [{ reason: 'thirdParty', from: '2024-10-08', to: '2024-10-20' }]
 */
export function clockFactsOf(file: CaseFile): ClockFacts {
  const pauses: ClockPause[] = file.consultations.map((c) => ({
    reason: c.party,
    from: c.sentOn,
    to: c.answeredOn,
  }));
  if (file.fee) {
    pauses.push({ reason: 'fee', from: file.fee.notifiedOn, to: file.fee.paidOn });
  }
  return {
    received: file.received,
    channel: file.channel,
    correctionReceived: file.correction?.receivedOn ?? null,
    pauses,
    extensionDays: file.extension?.approvedOn ? file.extension.days : 0,
    deferredTo: file.deferral?.deferredTo ?? null,
  };
}
