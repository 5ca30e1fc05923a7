/**
 * The one transition table of a case (on the shared machinery of domain/workflow): for each action,
 * the states it may start from, the roles that may take it and the guard that must hold. The same
 * table enforces writes (`refusalOf`) and offers the staff page its buttons (`permittedActions`). Where an action
 * leads is `evolveCase` in case-file.ts (event → state).
 */
import { compareDates, type LocalDate } from '../calendar/local-date.ts';
import type { Role } from '../access/roles.ts';
import type { CaseFile } from './case-file.ts';
import type { CaseEventKind } from './events.ts';
import type { CaseStatus } from './status.ts';
import {
  offeredActions,
  refusalFor,
  type OfferedAction,
  type TransitionRule,
  type TransitionTable,
} from '../workflow/transition-table.ts';

export const CASE_ACTIONS = [
  'requestCorrection',
  'receiveCorrection',
  'closeForNoCorrection',
  'sendConsultation',
  'recordConsultationAnswer',
  'requestExtension',
  'approveExtension',
  'sendFeeNotice',
  'recordFeePaid',
  'closeForNoFee',
  'requestReasons',
  'setDeferral',
  'draftReply',
  'submitForReview',
  'approveReview',
  'returnReview',
  'sign',
  'returnSigning',
  'recordDelivery',
  'withdraw',
  'recordReview',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Why an action is not available now (Chinese, shown to staff), or null when it is. */
type Guard = (file: CaseFile, today: LocalDate) => string | null;

export type ActionRule = TransitionRule<CaseStatus, CaseFile, LocalDate> & {
  event: CaseEventKind;
  guard?: Guard;
};

const HANDLER: readonly Role[] = ['handler', 'admin'];
const OPEN: readonly CaseStatus[] = [
  'registered',
  'awaitingCorrection',
  'inConsultation',
  'awaitingFee',
  'awaitingReasons',
  'drafting',
  'inReview',
  'inSigning',
];
const RUNNING: readonly CaseStatus[] = [
  'registered',
  'inConsultation',
  'awaitingFee',
  'drafting',
  'inReview',
  'inSigning',
];

const after = (date: LocalDate | undefined, today: LocalDate) =>
  date !== undefined && compareDates(today, date) > 0;

export const CASE_TRANSITIONS = {
  requestCorrection: {
    label: '发出补正告知',
    from: ['registered'],
    roles: HANDLER,
    event: 'correctionRequested',
    guard: (f) => (f.correction ? '补正只能一次性告知（条例第三十条），本案已告知过' : null),
  },
  receiveCorrection: {
    label: '登记补正材料',
    from: ['awaitingCorrection'],
    roles: HANDLER,
    event: 'correctionReceived',
  },
  closeForNoCorrection: {
    label: '逾期未补正，终止办理',
    from: ['awaitingCorrection'],
    roles: HANDLER,
    event: 'correctionLapsed',
    guard: (f, today) => (after(f.correction?.correctBy, today) ? null : '补正期限尚未届满'),
  },
  sendConsultation: {
    label: '发出征求意见函',
    from: ['registered', 'drafting', 'inConsultation'],
    roles: HANDLER,
    event: 'consultationSent',
  },
  recordConsultationAnswer: {
    label: '登记意见答复',
    from: ['inConsultation'],
    roles: HANDLER,
    event: 'consultationAnswered',
  },
  requestExtension: {
    label: '申请延期答复',
    from: RUNNING,
    roles: HANDLER,
    event: 'extensionRequested',
    guard: (f) => (f.extension ? '本案已申请过延期' : null),
  },
  approveExtension: {
    label: '批准延期',
    from: RUNNING,
    roles: ['approver'],
    event: 'extensionApproved',
    guard: (f) => (!f.extension ? '尚未申请延期' : f.extension.approvedOn ? '延期已批准' : null),
  },
  sendFeeNotice: {
    label: '发出收费通知',
    from: ['registered', 'drafting'],
    roles: HANDLER,
    event: 'feeNotified',
    guard: (f) => (f.fee ? '本案已发出过收费通知' : null),
  },
  recordFeePaid: { label: '登记已缴费', from: ['awaitingFee'], roles: HANDLER, event: 'feePaid' },
  closeForNoFee: {
    label: '逾期未缴费，终止办理',
    from: ['awaitingFee'],
    roles: HANDLER,
    event: 'feeLapsed',
    guard: (f, today) => (after(f.fee?.payBy, today) ? null : '缴费期限尚未届满'),
  },
  requestReasons: {
    label: '要求说明理由（第三十五条）',
    from: ['registered'],
    roles: HANDLER,
    event: 'reasonsRequested',
    guard: (f) => (f.reasons ? '已要求过说明理由' : null),
  },
  setDeferral: { label: '确定延迟答复期限', from: ['awaitingReasons'], roles: HANDLER, event: 'deferralSet' },
  draftReply: {
    label: '拟写答复',
    from: ['registered', 'drafting', 'awaitingReasons'],
    roles: HANDLER,
    event: 'replyDrafted',
  },
  submitForReview: {
    label: '提交审核',
    from: ['drafting'],
    roles: HANDLER,
    event: 'submittedForReview',
    guard: (f) => (f.reply ? null : '请先拟写答复'),
  },
  approveReview: { label: '审核通过', from: ['inReview'], roles: ['reviewer'], event: 'reviewApproved' },
  returnReview: { label: '审核退回', from: ['inReview'], roles: ['reviewer'], event: 'reviewReturned' },
  sign: { label: '签发', from: ['inSigning'], roles: ['approver'], event: 'signed' },
  returnSigning: { label: '签发退回', from: ['inSigning'], roles: ['approver'], event: 'signingReturned' },
  // the one delivery step: the signed 答复书 reaches the applicant (date, way) and the case closes
  recordDelivery: { label: '登记送达并办结', from: ['toDeliver'], roles: HANDLER, event: 'delivered' },
  withdraw: { label: '申请人撤回', from: OPEN, roles: HANDLER, event: 'withdrawn' },
  recordReview: { label: '登记行政复议/诉讼', from: ['closed'], roles: HANDLER, event: 'reviewRecorded' },
} as const satisfies Record<CaseAction, ActionRule>;

const CASE_TABLE: TransitionTable<CaseAction, CaseStatus, CaseFile, LocalDate> = {
  actions: CASE_ACTIONS,
  rules: CASE_TRANSITIONS,
  stateOf: (file) => file.status,
  messages: { noRole: '您在本机关没有办理此操作的角色', wrongState: '案件当前状态下不能进行此操作' },
};

/** Why `action` cannot be taken now by someone with `roles`, or null when it can. */
export function refusalOf(
  action: CaseAction,
  roles: readonly Role[],
  file: CaseFile,
  today: LocalDate,
): string | null {
  return refusalFor(CASE_TABLE, action, roles, file, today);
}

/** Actions offered on the case page: every action the person may take now, with any guard reason. */
export function permittedActions(
  roles: readonly Role[],
  file: CaseFile,
  today: LocalDate,
): OfferedAction<CaseAction>[] {
  return offeredActions(CASE_TABLE, roles, file, today);
}

/** True for a known action name (from a form). */
export function isCaseAction(value: string): value is CaseAction {
  return (CASE_ACTIONS as readonly string[]).includes(value);
}
