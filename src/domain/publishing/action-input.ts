/**
 * What each workflow step asks for, read from its form: the 审核 checklist (保密审查, 公开属性审查),
 * the 签发 time (now or 定时发布, 北京时间) and reasons for accepted warnings, the withdrawal reason,
 * the 有效性 change, the revision note. Pure; times are read as Beijing wall time (UTC+8, no DST).
 */
import { parseLocalDate, type LocalDate } from '../calendar/local-date.ts';
import { isOneOf, VALIDITIES, type Validity } from './vocabulary.ts';

export const REVIEW_CHECKLIST = {
  secrecy: '保密审查：不涉及国家秘密、工作秘密',
  disclosure: '公开属性审查：属于主动公开范围，不涉及商业秘密、个人隐私（或已处理）',
  accuracy: '内容审查：文字、数据、链接准确无误',
} as const;
export type ChecklistKey = keyof typeof REVIEW_CHECKLIST;

export type ActionInput =
  | { kind: 'review'; checklist: Record<ChecklistKey, boolean>; opinion: string }
  | { kind: 'return'; opinion: string }
  | { kind: 'sign'; publishAt: Date | null; warningReason: string }
  | { kind: 'withdraw'; reason: string }
  | { kind: 'validity'; validity: Validity; on: LocalDate; note: string; replacedBy: number | null }
  | { kind: 'revise'; note: string }
  | { kind: 'none' };

export type ActionInputResult =
  { ok: true; input: ActionInput } | { ok: false; errors: Record<string, string> };

const text = (raw: Record<string, string | undefined>, key: string) => (raw[key] ?? '').trim();

/** `YYYY-MM-DDTHH:MM` in Beijing time as an instant, or null. */
export function beijingInstant(value: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/.exec(value);
  if (m === null || parseLocalDate(m[1]!) === null || Number(m[2]) > 23 || Number(m[3]) > 59) {
    return null;
  }
  return new Date(`${m[1]}T${m[2]}:${m[3]}:00+08:00`);
}

function review(raw: Record<string, string | undefined>): ActionInputResult {
  const checklist = Object.fromEntries(
    (Object.keys(REVIEW_CHECKLIST) as ChecklistKey[]).map((k) => [k, raw[`check_${k}`] === 'yes']),
  ) as Record<ChecklistKey, boolean>;
  const missing = (Object.keys(checklist) as ChecklistKey[]).filter((k) => !checklist[k]);
  return missing.length > 0
    ? {
        ok: false,
        errors: { checklist: `审核通过前须逐项确认：${missing.map((k) => REVIEW_CHECKLIST[k]).join('；')}` },
      }
    : { ok: true, input: { kind: 'review', checklist, opinion: text(raw, 'opinion').slice(0, 1000) } };
}

function sign(raw: Record<string, string | undefined>, now: Date): ActionInputResult {
  const when = text(raw, 'publishAt');
  const publishAt = when === '' ? null : beijingInstant(when);
  if (when !== '' && publishAt === null) {
    return {
      ok: false,
      errors: { publishAt: '定时发布时间无效，请按“2026-12-06 09:00”的格式填写（北京时间）' },
    };
  }
  if (publishAt !== null && publishAt.getTime() <= now.getTime()) {
    return { ok: false, errors: { publishAt: '定时发布时间须晚于现在；立即发布请留空' } };
  }
  return {
    ok: true,
    input: { kind: 'sign', publishAt, warningReason: text(raw, 'warningReason').slice(0, 1000) },
  };
}

function validity(raw: Record<string, string | undefined>, today: LocalDate): ActionInputResult {
  const value = text(raw, 'validity');
  const on = text(raw, 'validityOn') === '' ? today : parseLocalDate(text(raw, 'validityOn'));
  const replacedBy = text(raw, 'replacedBy');
  const errors: Record<string, string> = {};
  if (!isOneOf(VALIDITIES, value)) {
    errors.validity = '请选择有效性';
  }
  if (on === null) {
    errors.validityOn = '日期无效，请按“2026-12-06”的格式填写';
  }
  if (replacedBy !== '' && !/^\d{1,12}$/.test(replacedBy)) {
    errors.replacedBy = '请从列表中选择替代的文件';
  }
  if (text(raw, 'note') === '' && value !== 'inForce') {
    errors.note = '请说明变更的原因（如“被××号文件废止”）';
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      kind: 'validity',
      validity: value as Validity,
      on: on!,
      note: text(raw, 'note').slice(0, 500),
      replacedBy: replacedBy === '' ? null : Number(replacedBy),
    },
  };
}

/** The input of `action` from its form. */
export function parseActionInput(
  action: string,
  raw: Record<string, string | undefined>,
  now: Date,
  today: LocalDate,
): ActionInputResult {
  switch (action) {
    case 'approveReview':
      return review(raw);
    case 'returnReview':
    case 'returnSigning':
      return text(raw, 'opinion') === ''
        ? { ok: false, errors: { opinion: '退回时请写明退回意见' } }
        : { ok: true, input: { kind: 'return', opinion: text(raw, 'opinion').slice(0, 1000) } };
    case 'sign':
      return sign(raw, now);
    case 'withdraw':
      return text(raw, 'reason') === ''
        ? { ok: false, errors: { reason: '撤回须写明理由，理由将在原网址上向公众说明' } }
        : { ok: true, input: { kind: 'withdraw', reason: text(raw, 'reason').slice(0, 500) } };
    case 'changeValidity':
      return validity(raw, today);
    case 'revise':
      return text(raw, 'note') === ''
        ? { ok: false, errors: { note: '修订须写明修订说明，公众页面将显示“修订于…”和说明' } }
        : { ok: true, input: { kind: 'revise', note: text(raw, 'note').slice(0, 500) } };
    default:
      return { ok: true, input: { kind: 'none' } };
  }
}
