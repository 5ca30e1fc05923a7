/**
 * From a staff form to the fact it records: each case action reads its fields, checks them
 * against the case and the law (dates between receipt and today, extension within the statutory
 * maximum, the fee by 国办函〔2020〕109号), and returns the event to append — or the Chinese
 * message per field. The computed dates (a consulted party's answer, the fee payment) count the
 * periods of the case's statutory version (statutory-periods.ts) on the working-day calendar; where
 * the version has no such period (2007 条例) the form supplies the date or the action is refused.
 */
import type { LocalDate } from '../../calendar/local-date.ts';
import type { WorkingDayCalendar } from '../../calendar/holiday-calendar.ts';
import { computeFee } from '../../fees/compute-fee.ts';
import { FeeInputError } from '../../fees/fee-input-error.ts';
import { consultationReplyDue, feePaymentDue } from '../../deadlines/side-deadlines.ts';
import type { StatutoryPeriods } from '../../deadlines/statutory-periods.ts';
import type { CaseFile } from '../case-file.ts';
import { DECISIONS } from '../decisions.ts';
import {
  DELIVERY_METHODS,
  REVIEW_KINDS,
  REVIEW_RESULTS,
  type CaseEventData,
  type ReplyItem,
} from '../events.ts';
import type { CaseAction } from '../transitions.ts';
import type { FieldErrors } from '../../field-errors.ts';
import { readForm, type FormReader, type RawForm } from './form-values.ts';

export type ActionContext = {
  file: CaseFile;
  today: LocalDate;
  calendar: WorkingDayCalendar;
  /** The case's statutory version (its periods: extension maximum, answer and payment periods). */
  periods: StatutoryPeriods;
  /** This application's place among the applicant's applications in its 自然月 (按件计收). */
  monthlyOrdinal: number;
};

export type ParsedAction = { ok: true; data: CaseEventData } | { ok: false; errors: FieldErrors };

const MAX_ITEMS = 20;
const WITHHELD = DECISIONS.filter((d): d is Extract<typeof d, `withheld.${string}`> =>
  d.startsWith('withheld.'),
);

type Parser = (f: FormReader, ctx: ActionContext, on: LocalDate | null) => CaseEventData | null;

function replyItems(f: FormReader, ctx: ActionContext): ReplyItem[] {
  const declared = f.text('itemCount', '事项数');
  const count = /^\d{1,2}$/.test(declared) ? Math.min(MAX_ITEMS, Math.max(1, Number(declared))) : 1;
  const items: ReplyItem[] = [];
  for (let i = 1; i <= count; i += 1) {
    const description = f.text(`item${i}Description`, `第${i}项申请内容`, { max: 1000, required: true });
    const decision = f.choice(`item${i}Decision`, `第${i}项的答复类型`, DECISIONS);
    const reason = f.text(`item${i}Reason`, `第${i}项的理由`, { max: 2000 });
    const howToObtain = f.text(`item${i}How`, `第${i}项的获取方式`, { max: 1000 });
    if (decision !== null && decision !== 'granted' && reason === '') {
      f.errors[`item${i}Reason`] ??= `第${i}项不是予以公开，请写明理由和依据`;
    }
    const withheldPart =
      decision === 'partlyGranted'
        ? f.text(`item${i}WithheldPart`, `第${i}项不予公开的部分`, { max: 1000, required: true })
        : '';
    const ground =
      decision === 'partlyGranted'
        ? f.choice(`item${i}WithheldGround`, `第${i}项不予公开部分的理由类别`, WITHHELD)
        : null;
    if (decision !== null) {
      items.push({
        description,
        decision,
        reason,
        howToObtain,
        ...(withheldPart ? { withheldPart } : {}),
        ...(ground ? { withheldGround: ground } : {}),
      });
    }
  }
  return ctx.file.reply && items.length === 0 ? ctx.file.reply : items;
}

function feeNotice(f: FormReader, ctx: ActionContext, on: LocalDate): CaseEventData | null {
  const payBy = feePaymentDue(on, ctx.calendar, ctx.periods)?.date ?? null;
  if (payBy === null) {
    f.errors.method ??= `本申请适用${ctx.periods.title}，该条例未规定信息处理费，不能发出收费通知`;
    return null;
  }
  const method = f.choice('method', '计收方式', ['perApplication', 'perVolume'] as const);
  const pages = method === 'perVolume' ? f.integer('pages', '页数', 0, 1_000_000) : null;
  if (method === null || (method === 'perVolume' && pages === null)) {
    return null;
  }
  try {
    const fee =
      method === 'perApplication'
        ? computeFee({ method, monthlyOrdinal: ctx.monthlyOrdinal })
        : computeFee({
            method,
            pages: pages ?? 0,
            isProactivelyPublished: f.text('published', '已主动公开') === 'yes',
          });
    if (fee.amountYuan === 0) {
      f.errors.method ??= `按此方式计算应收 0 元（${fee.breakdown.join('；')}），不应发出收费通知`;
      return null;
    }
    return {
      kind: 'feeNotified',
      on,
      method,
      quantity: method === 'perApplication' ? ctx.monthlyOrdinal : (pages ?? 0),
      amountYuan: fee.amountYuan,
      breakdown: [...fee.breakdown],
      payBy,
    };
  } catch (error) {
    if (error instanceof FeeInputError) {
      f.errors.pages ??= error.message;
      return null;
    }
    throw error;
  }
}

/**
 * The day a consulted party is to answer by: the version's period counted from the letter's date
 * (第三十二条、第三十四条), or, where the version sets none (2007 条例第二十三条), the date the organ
 * wrote in its letter (form field `answerBy`).
 */
function consultationAnswerBy(f: FormReader, ctx: ActionContext, on: LocalDate): LocalDate | null {
  const computed = consultationReplyDue(on, ctx.calendar, ctx.periods);
  if (computed !== null) {
    return computed.date;
  }
  return f.date('answerBy', '要求答复的期限', { notBefore: on });
}

const PARSERS: Record<CaseAction, Parser> = {
  requestCorrection: (f, ctx, on) => {
    const missing = f.lines('missing', '需要补正的内容', 20, 500);
    const correctBy = f.date('correctBy', '补正期限', { notBefore: ctx.today });
    return on && correctBy ? { kind: 'correctionRequested', on, missing, correctBy } : null;
  },
  receiveCorrection: (f, _ctx, on) =>
    on ? { kind: 'correctionReceived', on, note: f.text('note', '说明', { max: 1000 }) } : null,
  closeForNoCorrection: (_f, _ctx, on) => (on ? { kind: 'correctionLapsed', on } : null),
  sendConsultation: (f, ctx, on) => {
    const party = f.choice('party', '征求意见对象类型', ['thirdParty', 'coProducer'] as const);
    const partyName = f.text('partyName', '征求意见对象名称', { max: 200, required: true });
    const matter = f.text('matter', '征求意见事项', { max: 2000, required: true });
    const answerBy = on ? consultationAnswerBy(f, ctx, on) : null;
    return on && party && answerBy
      ? {
          kind: 'consultationSent',
          on,
          consultation: ctx.file.consultations.length + 1,
          party,
          partyName,
          matter,
          answerBy,
        }
      : null;
  },
  recordConsultationAnswer: (f, ctx, on) => {
    const open = ctx.file.consultations.filter((c) => c.answeredOn === null);
    const id = f.integer('consultation', '征求意见函', 1, 1000);
    const opinion = f.choice('opinion', '意见', ['agree', 'object', 'silent'] as const);
    const target = open.find((c) => c.id === id);
    if (id !== null && !target) {
      f.errors.consultation ??= '该征求意见函不存在或已登记答复';
    }
    return on && target && opinion
      ? {
          kind: 'consultationAnswered',
          on,
          consultation: target.id,
          opinion,
          note: f.text('note', '意见内容', { max: 2000 }),
        }
      : null;
  },
  requestExtension: (f, ctx, on) => {
    const days = f.integer('days', '延长的工作日数', 1, ctx.periods.extensionDays);
    const reason = f.text('reason', '延期理由', { max: 1000, required: true });
    return on && days ? { kind: 'extensionRequested', on, days, reason } : null;
  },
  approveExtension: (f, ctx, on) => {
    const days = f.integer(
      'days',
      '批准延长的工作日数',
      1,
      Math.min(ctx.periods.extensionDays, ctx.file.extension?.days ?? ctx.periods.extensionDays),
    );
    return on && days ? { kind: 'extensionApproved', on, days } : null;
  },
  sendFeeNotice: (f, ctx, on) => (on ? feeNotice(f, ctx, on) : null),
  recordFeePaid: (_f, _ctx, on) => (on ? { kind: 'feePaid', on } : null),
  closeForNoFee: (_f, _ctx, on) => (on ? { kind: 'feeLapsed', on } : null),
  requestReasons: (f, ctx, on) => {
    const answerBy = f.date('answerBy', '说明理由的期限', { notBefore: ctx.today });
    return on && answerBy ? { kind: 'reasonsRequested', on, answerBy } : null;
  },
  setDeferral: (f, ctx, on) => {
    const deferredTo = f.date('deferredTo', '延迟答复期限', { notBefore: ctx.today });
    const reason = f.text('reason', '延迟答复理由', { max: 1000, required: true });
    return on && deferredTo ? { kind: 'deferralSet', on, deferredTo, reason } : null;
  },
  draftReply: (f, ctx, on) => {
    const items = replyItems(f, ctx);
    return on && items.length > 0 ? { kind: 'replyDrafted', on, items } : null;
  },
  submitForReview: (_f, _ctx, on) => (on ? { kind: 'submittedForReview', on } : null),
  approveReview: (f, _ctx, on) =>
    on ? { kind: 'reviewApproved', on, comment: f.text('comment', '审核意见', { max: 1000 }) } : null,
  returnReview: (f, _ctx, on) =>
    on
      ? { kind: 'reviewReturned', on, comment: f.text('comment', '退回意见', { max: 1000, required: true }) }
      : null,
  sign: (f, _ctx, on) =>
    on ? { kind: 'signed', on, comment: f.text('comment', '签发意见', { max: 1000 }) } : null,
  returnSigning: (f, _ctx, on) =>
    on
      ? { kind: 'signingReturned', on, comment: f.text('comment', '退回意见', { max: 1000, required: true }) }
      : null,
  recordDelivery: (f, _ctx, on) => {
    const method = f.choice('method', '送达方式', DELIVERY_METHODS);
    const trackingNumber = f.text('trackingNumber', '邮件单号', { max: 64, required: method === 'post' });
    return on && method ? { kind: 'delivered', on, method, trackingNumber } : null;
  },
  withdraw: (f, _ctx, on) =>
    on ? { kind: 'withdrawn', on, note: f.text('note', '撤回说明', { max: 1000, required: true }) } : null,
  recordReview: (f, ctx, on) => {
    const reviewKind = f.choice('reviewKind', '类型', REVIEW_KINDS);
    const body = f.text('body', '复议机关或法院', { max: 200, required: true });
    const result = f.choice('result', '结果', REVIEW_RESULTS);
    const concludedOn = f.date('concludedOn', '审结日期', {
      notBefore: on ?? ctx.file.received,
      notAfter: ctx.today,
      required: result !== null && result !== 'pending',
    });
    return on && reviewKind && result
      ? {
          kind: 'reviewRecorded',
          on,
          reviewKind,
          body,
          result,
          concludedOn: result === 'pending' ? null : concludedOn,
        }
      : null;
  },
};

/** The label of the main date of each action's form. */
export const ACTION_DATE_LABELS: Partial<Record<CaseAction, string>> = {
  receiveCorrection: '收到补正材料日期',
  sendConsultation: '发函日期',
  recordConsultationAnswer: '收到答复日期（逾期未答复的，填期限届满日）',
  sendFeeNotice: '通知日期',
  recordFeePaid: '缴费日期',
  recordDelivery: '送达（交邮）日期',
  withdraw: '撤回日期',
  recordReview: '申请复议或起诉日期',
  approveExtension: '批准日期',
  requestExtension: '申请日期',
};

/**
 * Reads the form of `action` into the event it records.
 * @param raw the submitted fields (the date of the fact is `on`, not after today, not before receipt)
 */
export function parseAction(action: CaseAction, raw: RawForm, ctx: ActionContext): ParsedAction {
  const f = readForm(raw);
  const on = f.date('on', ACTION_DATE_LABELS[action] ?? '日期', {
    notBefore: ctx.file.received,
    notAfter: ctx.today,
  });
  const data = PARSERS[action](f, ctx, on);
  return data && Object.keys(f.errors).length === 0
    ? { ok: true, data }
    : { ok: false, errors: { ...f.errors } };
}
