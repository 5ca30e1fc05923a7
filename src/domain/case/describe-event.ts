/**
 * Each fact of a case in one Chinese sentence, for the timeline, the archive and the audit page.
 */
import { formatChineseDate } from '../calendar/local-date.ts';
import { CHANNEL_RULES } from './channels.ts';
import { DECISION_LABELS } from './decisions.ts';
import {
  DELIVERY_METHOD_LABELS,
  FEE_METHOD_LABELS,
  OPINION_LABELS,
  REVIEW_KIND_LABELS,
  REVIEW_RESULT_LABELS,
  type CaseEventData,
} from './events.ts';

const d = (date: string) => formatChineseDate(date as Parameters<typeof formatChineseDate>[0], false);
const tracking = (n: string) => (n ? `，单号 ${n}` : '');

/**
 * @example describeEvent({ kind: 'extensionApproved', on: '2024-10-20', days: 20 }) // '批准延长答复期限 20 个工作日'
 */
export function describeEvent(data: CaseEventData): string {
  switch (data.kind) {
    case 'received':
      return `收到申请（${CHANNEL_RULES[data.channel].label}，${data.source === 'portal' ? '网上提交' : data.source === 'import' ? '台账导入' : '工作人员登记'}）`;
    case 'correctionRequested':
      return `发出补正告知：${data.missing.join('；')}；补正期限 ${d(data.correctBy)}`;
    case 'correctionReceived':
      return `收到补正后的申请${data.note ? `（${data.note}）` : ''}，答复期限重新计算`;
    case 'correctionLapsed':
      return '申请人逾期未补正，不再处理（表三（六）1）';
    case 'consultationSent':
      return `向${data.partyName}（${data.party === 'thirdParty' ? '第三方，条例第三十二条' : '共同制作机关，条例第三十四条'}）发出征求意见函，${d(data.answerBy)}前答复`;
    case 'consultationAnswered':
      return `收到第 ${data.consultation} 份征求意见函的答复：${OPINION_LABELS[data.opinion]}${data.note ? `（${data.note}）` : ''}`;
    case 'extensionRequested':
      return `申请延期答复 ${data.days} 个工作日：${data.reason}`;
    case 'extensionApproved':
      return `批准延长答复期限 ${data.days} 个工作日`;
    case 'feeNotified':
      return `发出收费通知（${FEE_METHOD_LABELS[data.method]}，${data.amountYuan} 元），${d(data.payBy)}前缴纳`;
    case 'feePaid':
      return '申请人已缴纳信息处理费';
    case 'feeLapsed':
      return '申请人逾期未缴费，不再处理（表三（六）2）';
    case 'reasonsRequested':
      return `要求申请人说明理由（第三十五条），${d(data.answerBy)}前`;
    case 'deferralSet':
      return `确定延迟答复期限至 ${d(data.deferredTo)}：${data.reason}`;
    case 'replyDrafted':
      return `拟写答复：${data.items.map((i) => DECISION_LABELS[i.decision].row).join('；')}`;
    case 'submittedForReview':
      return '提交审核';
    case 'reviewApproved':
      return `审核通过${data.comment ? `：${data.comment}` : ''}`;
    case 'reviewReturned':
      return `审核退回：${data.comment}`;
    case 'signed':
      return `签发${data.comment ? `：${data.comment}` : ''}`;
    case 'signingReturned':
      return `签发退回：${data.comment}`;
    case 'delivered':
      return `答复已送达（${DELIVERY_METHOD_LABELS[data.method]}${tracking(data.trackingNumber)}）${data.releasedFiles?.length ? `，附公开的政府信息 ${data.releasedFiles.length} 件` : ''}，办结`;
    case 'withdrawn':
      return `申请人撤回申请：${data.note}`;
    case 'letterDelivered':
      return `文书已送达（${DELIVERY_METHOD_LABELS[data.method]}${tracking(data.trackingNumber)}）`;
    case 'reviewRecorded':
      return `登记${REVIEW_KIND_LABELS[data.reviewKind]}：${data.body}，${REVIEW_RESULT_LABELS[data.result]}${data.concludedOn ? `（${d(data.concludedOn)}审结）` : ''}`;
    default: {
      const unreachable: never = data;
      return unreachable;
    }
  }
}
