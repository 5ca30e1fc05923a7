/**
 * Which letter a fact sends: the 补正 notice, the consultation letters, the extension notice,
 * the fee notice, the 第三十五条 letters and, when the reply is signed (签发), the reply itself.
 * Dates printed in them come from the facts and the deadline engine, never from the template.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { LetterPayload } from '../letters/letter-input.ts';
import type { CaseFile } from './case-file.ts';
import type { CaseEventData } from './events.ts';

/** Payment instructions printed on fee notices unless the organ sets its own. */
export const DEFAULT_PAYMENT_INSTRUCTIONS =
  '请持本通知到本机关政府信息公开工作机构办理缴费手续，费用按规定缴入国库。';

/**
 * The letter payload an event calls for, or null for facts that send none.
 * @param file the case after the event
 * @param due the reply date after the event (for the extension notice)
 */
export function letterPayloadFor(
  data: CaseEventData,
  file: CaseFile,
  due: LocalDate | null,
): LetterPayload | null {
  switch (data.kind) {
    case 'correctionRequested':
      return { kind: 'correctionNotice', missing: data.missing, correctBy: data.correctBy };
    case 'consultationSent':
      return {
        kind: data.party === 'thirdParty' ? 'thirdPartyConsultation' : 'coProducerConsultation',
        partyName: data.partyName,
        matter: data.matter,
        answerBy: data.answerBy,
      };
    case 'extensionApproved':
      return due
        ? { kind: 'extensionNotice', days: data.days, newDue: due, reason: file.extension?.reason ?? '' }
        : null;
    case 'feeNotified':
      return {
        kind: 'feeNotice',
        method: data.method,
        amountYuan: data.amountYuan,
        breakdown: data.breakdown,
        payBy: data.payBy,
        paymentInstructions: DEFAULT_PAYMENT_INSTRUCTIONS,
      };
    case 'reasonsRequested':
      return { kind: 'reasonsRequest', answerBy: data.answerBy };
    case 'deferralSet':
      return { kind: 'deferralNotice', replyBy: data.deferredTo, reason: data.reason };
    case 'signed':
      return file.reply
        ? {
            kind: 'reply',
            items: file.reply.map((i) => ({
              description: i.description,
              decision: i.decision,
              reason: i.reason,
              howToObtain: i.howToObtain,
              ...(i.decision === 'partlyGranted' && i.withheldPart ? { withheldPart: i.withheldPart } : {}),
              ...(i.decision === 'partlyGranted' && i.withheldGround
                ? { withheldGround: i.withheldGround }
                : {}),
            })),
          }
        : null;
    case 'received':
    case 'correctionReceived':
    case 'correctionLapsed':
    case 'consultationAnswered':
    case 'extensionRequested':
    case 'feePaid':
    case 'feeLapsed':
    case 'replyDrafted':
    case 'submittedForReview':
    case 'reviewApproved':
    case 'reviewReturned':
    case 'signingReturned':
    case 'delivered':
    case 'withdrawn':
    case 'letterDelivered':
    case 'reviewRecorded':
      return null;
  }
}
