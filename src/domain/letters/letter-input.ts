/**
 * What a letter is made from: the organ, the case, the addressee and a payload per letter kind.
 * The case code fills it from the case's facts; the dates in it (correct-by, new due date, pay-by…)
 * come from the deadline engine — letters print dates, they never compute them.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { Decision } from '../case/decisions.ts';
import type { LetterKind } from './letter-kinds.ts';

/** The organ that sends the letter (it signs; its 政府信息公开工作机构 handles the case). */
export type LetterOrgan = {
  /** Full name as on the seal: 「博山区人民政府」. */
  name: string;
  /** The 政府信息公开工作机构 (条例第四条): 「博山区人民政府办公室」. */
  officeName: string;
  address?: string;
  phone?: string;
  postcode?: string;
  /**
   * Where an applicant applies for 行政复议, as the reply should name it (「淄博市人民政府」). Omitted:
   * the remedies sentence says 「依法申请行政复议」 / 「行政复议机关」 without naming one.
   */
  reviewOrgan?: string;
};

/** A person or body a letter is addressed to. */
export type LetterParty = { name: string; address?: string };

/** One requested item of a reply and what was decided on it. */
export type ReplyItem = {
  /** The information asked for, as the reply names it: 「2023年某某道路改造工程的招标文件」. */
  description: string;
  decision: Decision;
  /** Why (required for `partlyGranted`, every `withheld.*` and `other.other`). */
  reason?: string;
  /** How, where and when the applicant gets the information (第三十六条第（二）项). */
  howToObtain?: string;
  /** `granted` only: already proactively disclosed here (第三十六条第（一）项) — website column, URL, 公报. */
  publishedAt?: string;
  /** `partlyGranted` only: the part withheld (第三十七条). */
  withheldPart?: string;
  /** `partlyGranted` only: the ground the withheld part falls under, to cite its article. */
  withheldGround?: Extract<Decision, `withheld.${string}`>;
  /** `unavailable.notHeld` only: the organ responsible for the information and its contact (第三十六条第（五）项). */
  referTo?: string;
};

export type CorrectionPayload = { kind: 'correctionNotice'; missing: string[]; correctBy: LocalDate };
export type ExtensionPayload = { kind: 'extensionNotice'; days: number; newDue: LocalDate; reason?: string };
/** 第三十二条 (third party) and 第三十四条 (co-producing organ): `partyName` is the addressee. */
type ConsultationFields = {
  partyName: string;
  /** What the requested information touches: 「贵公司的投标报价及技术方案」. */
  matter: string;
  answerBy: LocalDate;
};
export type ThirdPartyConsultationPayload = { kind: 'thirdPartyConsultation' } & ConsultationFields;
export type CoProducerConsultationPayload = { kind: 'coProducerConsultation' } & ConsultationFields;
export type FeePayload = {
  kind: 'feeNotice';
  /** 按件计收 (办法第四条) or 按量计收 (第五条); one method per application. */
  method: 'perApplication' | 'perVolume';
  amountYuan: number;
  /** One line per tier: 「第11件至第12件，每件100元，共200元」. */
  breakdown: string[];
  payBy: LocalDate;
  paymentInstructions: string;
};
export type ReasonsPayload = { kind: 'reasonsRequest'; answerBy: LocalDate };
export type DeferralPayload = { kind: 'deferralNotice'; replyBy: LocalDate; reason: string };
export type ReplyPayload = { kind: 'reply'; items: ReplyItem[] };

export type LetterPayload =
  | CorrectionPayload
  | ExtensionPayload
  | ThirdPartyConsultationPayload
  | CoProducerConsultationPayload
  | FeePayload
  | ReasonsPayload
  | DeferralPayload
  | ReplyPayload;

export type LetterInput = {
  organ: LetterOrgan;
  /** The case number as issued (一案一号); the letter number is this plus a suffix. */
  caseNumber: string;
  /** 成文日期: the day the letter is signed. It picks the template version and the remedies. */
  letterDate: LocalDate;
  /** The applicant (the addressee of every letter except the two consultations). */
  applicant: LetterParty;
  application: { received: LocalDate; summary: string };
  /** 2, 3… when a case has several letters of one kind (two third parties): 「-征询2」. */
  sequence?: number;
  payload: LetterPayload;
};

/** The input of one letter kind (template functions take it). */
export type LetterInputOf<K extends LetterKind> = LetterInput & {
  payload: Extract<LetterPayload, { kind: K }>;
};
