/**
 * The append-only history of a case: every fact that happened, in order. The case's state and its
 * clock are folds over these (case-file.ts, clock-facts-of.ts). Stored as `case_events` rows
 * (kind + JSON data); `on` is the legal date of the fact, which may be earlier than the moment it
 * was recorded (a letter signed for yesterday).
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { IntakeChannel } from './channels.ts';
import type { Decision } from './decisions.ts';

/** One requested item and, once the reply is drafted, its answer. */
export type ReplyItem = {
  description: string;
  decision: Decision;
  reason: string;
  howToObtain: string;
  /** 部分公开 only (第三十七条): the part withheld and the ground it falls under. */
  withheldPart?: string;
  withheldGround?: Extract<Decision, `withheld.${string}`>;
};

export type ConsultedParty = 'thirdParty' | 'coProducer';
export type ConsultationOpinion = 'agree' | 'object' | 'silent';
export type FeeMethod = 'perApplication' | 'perVolume';
export const DELIVERY_METHODS = ['inPerson', 'post', 'email', 'online', 'fax'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const REVIEW_KINDS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const REVIEW_RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

/** The facts, by kind. */
export type CaseEventData =
  | { kind: 'received'; channel: IntakeChannel; on: LocalDate; source: 'portal' | 'staff' | 'import' }
  | { kind: 'correctionRequested'; on: LocalDate; missing: string[]; correctBy: LocalDate }
  | { kind: 'correctionReceived'; on: LocalDate; note: string }
  | { kind: 'correctionLapsed'; on: LocalDate }
  | {
      kind: 'consultationSent';
      on: LocalDate;
      consultation: number;
      party: ConsultedParty;
      partyName: string;
      matter: string;
      answerBy: LocalDate;
    }
  | {
      kind: 'consultationAnswered';
      on: LocalDate;
      consultation: number;
      opinion: ConsultationOpinion;
      note: string;
    }
  | { kind: 'extensionRequested'; on: LocalDate; days: number; reason: string }
  | { kind: 'extensionApproved'; on: LocalDate; days: number }
  | {
      kind: 'feeNotified';
      on: LocalDate;
      method: FeeMethod;
      quantity: number;
      amountYuan: number;
      breakdown: string[];
      payBy: LocalDate;
    }
  | { kind: 'feePaid'; on: LocalDate }
  | { kind: 'feeLapsed'; on: LocalDate }
  | { kind: 'reasonsRequested'; on: LocalDate; answerBy: LocalDate }
  | { kind: 'deferralSet'; on: LocalDate; deferredTo: LocalDate; reason: string }
  | { kind: 'replyDrafted'; on: LocalDate; items: ReplyItem[] }
  | { kind: 'submittedForReview'; on: LocalDate }
  | { kind: 'reviewApproved'; on: LocalDate; comment: string }
  | { kind: 'reviewReturned'; on: LocalDate; comment: string }
  | { kind: 'signed'; on: LocalDate; comment: string }
  | { kind: 'signingReturned'; on: LocalDate; comment: string }
  | {
      kind: 'delivered';
      on: LocalDate;
      method: DeliveryMethod;
      trackingNumber: string;
      /** Names of the released files delivered with the reply (stored as released attachments). */
      releasedFiles?: string[];
    }
  | { kind: 'withdrawn'; on: LocalDate; note: string }
  // Written by earlier versions (「登记文书送达」, which left the case 待送达); still read from old
  // histories, never written now: delivery is one step, `delivered`, which closes the case.
  | {
      kind: 'letterDelivered';
      on: LocalDate;
      letterId: number;
      method: DeliveryMethod;
      trackingNumber: string;
    }
  | {
      kind: 'reviewRecorded';
      on: LocalDate;
      reviewKind: ReviewKind;
      body: string;
      result: ReviewResult;
      concludedOn: LocalDate | null;
    };

export type CaseEventKind = CaseEventData['kind'];

/** A stored event: the fact, who recorded it and when. */
export type CaseEvent = { seq: number; at: string; actorName: string; data: CaseEventData };

export const DELIVERY_METHOD_LABELS = {
  inPerson: '直接送达（当面领取）',
  post: '邮政寄送',
  email: '电子邮件',
  online: '网上获取（申请人在本平台查看和下载）',
  fax: '传真',
} as const satisfies Record<DeliveryMethod, string>;

export const REVIEW_KIND_LABELS = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
} as const satisfies Record<ReviewKind, string>;

export const REVIEW_RESULT_LABELS = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
} as const satisfies Record<ReviewResult, string>;

export const OPINION_LABELS = {
  agree: '同意公开',
  object: '不同意公开',
  silent: '逾期未答复',
} as const satisfies Record<ConsultationOpinion, string>;

export const PARTY_LABELS = {
  thirdParty: '第三方（第三十二条）',
  coProducer: '共同制作机关（第三十四条）',
} as const satisfies Record<ConsultedParty, string>;

export const FEE_METHOD_LABELS = {
  perApplication: '按件计收',
  perVolume: '按量计收',
} as const satisfies Record<FeeMethod, string>;
