/**
 * The Chinese sentences of a deadline explanation, one per step, each citing its article. Kept
 * apart from the arithmetic (due-date.ts) so the wording can be read and reviewed on its own.
 */
import { formatChineseDate, type LocalDate } from '../calendar/local-date.ts';
import { CHANNEL_RULES, type IntakeChannel } from '../case/channels.ts';
import type { ClockPause, PauseReason } from './clock-facts.ts';
import type { StatutoryPeriods } from './statutory-periods.ts';
import type { ProvisionalSpan } from '../calendar/provisional-span.ts';
import type { ProvisionalMakeUpDay, StatutoryHoliday } from '../calendar/statutory-holidays.ts';

/** Names of the pause reasons. */
export const PAUSE_LABELS = {
  thirdParty: '征求第三方意见',
  coProducer: '征求其他机关意见',
  fee: '信息处理费（收费通知至缴费）',
} as const satisfies Record<PauseReason, string>;

/** The same, inside sentences. */
const SENTENCE_LABELS = {
  thirdParty: '征求第三方意见',
  coProducer: '征求其他机关意见',
  fee: '信息处理费收费通知至缴费',
} as const satisfies Record<PauseReason, string>;

/**
 * How a date is written in a full sentence: with its weekday and, where the calendar makes it so,
 * 调休上班 or the holiday (day-description.ts `formatWorkingDate` over the calendar in use).
 */
export type DateText = (date: LocalDate) => string;

const short = (date: LocalDate) => formatChineseDate(date, false);

/** Where a pause's exclusion comes from. */
export function exclusionCitation(reason: PauseReason, version: StatutoryPeriods): string {
  return reason === 'fee' ? '本平台设置，见说明' : version.citations.exclusion;
}

/** 「2024年9月27日（星期五）收到申请（当面提交：以提交之日为收到申请之日，条例第三十一条）」 */
export function receivedText(
  full: DateText,
  received: LocalDate,
  channel: IntakeChannel | null,
  version: StatutoryPeriods,
): string {
  const base = `${full(received)}收到申请`;
  if (channel === null) {
    return base;
  }
  const rule = CHANNEL_RULES[channel];
  return version.citations.receipt === null
    ? `${base}（${rule.label}）`
    : `${base}（${rule.label}：${rule.receiptRule}，${version.citations.receipt}）`;
}

/** The start fell on a rest day: what the setting made of it. */
export function restDayText(full: DateText, start: LocalDate, countFrom: LocalDate): string {
  return start === countFrom
    ? `${full(start)}为休息日，按实际收到之日计算，自其次日起算（本平台设置，见说明）`
    : `${full(start)}为休息日，视为下一个工作日${full(countFrom)}收到（本平台设置，见说明）`;
}

/** 「补正后于…收到，答复期限自该日重新计算（第三十条）」 */
export function restartedText(
  full: DateText,
  correctionReceived: LocalDate,
  version: StatutoryPeriods,
): string {
  return `补正后于${full(correctionReceived)}收到，答复期限自该日重新计算（${version.citations.correction}）`;
}

/** The base period. */
export function baseText(
  full: DateText,
  countFrom: LocalDate,
  due: LocalDate,
  version: StatutoryPeriods,
): string {
  const note = version.id === 'ordinance-2007' ? '；2019年5月15日前收到的申请适用2007年条例' : '';
  return `自${short(countFrom)}的次日起计算 ${version.replyDays} 个工作日（开始的当日不计入），第 ${version.replyDays} 个工作日为${full(due)}（${version.citations.reply}${note}）`;
}

/** 「经批准延长 N 个工作日（第三十三条第二款）」 */
export function extendedText(
  full: DateText,
  days: number,
  due: LocalDate,
  version: StatutoryPeriods,
): string {
  return `经批准延长 ${days} 个工作日（${version.citations.reply}），期限延至${full(due)}`;
}

function pauseSpan(pause: Pick<ClockPause, 'from' | 'to'>): string {
  return pause.to === null ? `自${short(pause.from)}起` : `${short(pause.from)}至${short(pause.to)}`;
}

function membersText(members: readonly ClockPause[]): string {
  return members.map((p) => `${SENTENCE_LABELS[p.reason]}（${pauseSpan(p)}）`).join('与');
}

/** 「征求第三方意见（…至…），期间 N 个工作日不计入答复期限（第三十三条第三款），期限顺延至…」 */
export function pausedText(
  full: DateText,
  members: readonly ClockPause[],
  days: number,
  due: LocalDate,
  version: StatutoryPeriods,
): string {
  const citations = [...new Set(members.map((p) => exclusionCitation(p.reason, version)))].join('；');
  const merged = members.length > 1 ? '时间重叠，合并计算，' : '，';
  return `${membersText(members)}${merged}期间 ${days} 个工作日不计入答复期限（${citations}），期限顺延至${full(due)}`;
}

/** A pause whose reason this version (or the settings) does not exclude. */
export function notExcludedText(pause: ClockPause, version: StatutoryPeriods): string {
  const why =
    pause.reason === 'fee'
      ? version.hasFeeSetting
        ? '按本平台设置计入答复期限（见说明）'
        : '2007年条例未规定扣除该期间，计入答复期限'
      : `2007年条例只扣除征求第三方意见所需时间，该期间计入答复期限（${version.citations.exclusion}）`;
  return `${SENTENCE_LABELS[pause.reason]}（${pauseSpan(pause)}）：${why}`;
}

/** A pause that cannot move the date: before the (re)start or after the period ran out. */
export function ignoredPauseText(
  members: readonly ClockPause[],
  position: 'beforeStart' | 'afterDue',
): string {
  const why =
    position === 'beforeStart'
      ? '在答复期限重新起算之前已结束，不影响答复期限'
      : '开始时答复期限已经届满，不影响答复期限';
  return `${membersText(members)}${why}`;
}

/** The clock is stopped by a pause still running. */
export function pauseOpenText(
  full: DateText,
  pause: ClockPause,
  version: StatutoryPeriods,
  answerBy: LocalDate | null,
): string {
  const head = `${SENTENCE_LABELS[pause.reason]}自${full(pause.from)}起尚未结束，答复期限暂停计算（${exclusionCitation(pause.reason, version)}）`;
  if (answerBy === null) {
    return head;
  }
  return pause.reason === 'fee'
    ? `${head}；申请人应自收到收费通知次日起 ${version.feePaymentDays ?? ''} 个工作日内缴费，自发出之日估算为${full(answerBy)}，逾期未缴纳的视为放弃申请`
    : `${head}；被征求意见方应自收到征求意见书之日起 ${version.consultationReplyDays ?? ''} 个工作日内提出意见（${pause.reason === 'thirdParty' ? '第三十二条' : '第三十四条'}），自发出之日估算为${full(answerBy)}`;
}

/** 「依第三十五条确定延迟答复的期限为…」 */
export function deferredText(full: DateText, deferredTo: LocalDate, isWorkingDay: boolean): string {
  return `依第三十五条确定延迟答复的合理期限为${full(deferredTo)}${isWorkingDay ? '' : '（该日为休息日）'}，以此日期为答复期限`;
}

const holidayList = (full: DateText, holidays: readonly StatutoryHoliday[]) =>
  holidays.map((h) => full(h.date)).join('、');

/**
 * Shown when a day counted over is provisional: which rest days are certain (the statutory holidays
 * of 《全国年节及纪念日放假办法》), and what is not (调休, the 补假 weekday, a late December).
 * @example 「2027年的放假安排尚未发布：按《全国年节及纪念日放假办法》，2027年1月1日（星期五，元旦）为法定节假日，已按休息日计算；…」
 */
export function provisionalText(
  full: DateText,
  span: ProvisionalSpan,
  makeUpDay: ProvisionalMakeUpDay,
): string {
  const parts: string[] = [];
  if (span.unpublishedYears.length > 0) {
    const years = span.unpublishedYears.map((y) => `${y}年`).join('、');
    parts.push(
      span.holidays.length > 0
        ? `${years}的放假安排尚未发布：按《全国年节及纪念日放假办法》，${holidayList(full, span.holidays)}为法定节假日，已按休息日计算`
        : `${years}的放假安排尚未发布：期间没有《全国年节及纪念日放假办法》规定的法定节假日`,
      '周末按休息日计算，国务院办公厅的通知可能另行安排调休上班',
    );
  }
  if (span.makeUpOwed.length > 0) {
    parts.push(
      `${holidayList(full, span.makeUpOwed)}适逢周末或与其他节日同日，应在工作日补假（第六条），补假日期尚待通知确定，${makeUpDay === 'workingDay' ? '本平台暂按工作日计算' : '本平台暂按节后的工作日补假推算'}（见说明）`,
    );
  }
  for (const year of span.lateDecemberYears) {
    parts.push(`${year}年12月20日以后的日期可能被${year + 1}年度的放假安排调整`);
  }
  return `${parts.join('；')}。以上为暂定结果，放假安排发布后将重新计算，仅供参考`;
}

/** The last step. */
export function dueText(full: DateText, due: LocalDate | null, stoppedSince: LocalDate | null): string {
  if (due !== null) {
    return `答复期限：${full(due)}`;
  }
  return `答复期限：暂停计算中（自${stoppedSince === null ? '' : full(stoppedSince)}起），恢复计算后再确定`;
}
