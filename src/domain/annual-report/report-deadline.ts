/**
 * When an organ's annual report of a year is due (条例第四十九条, domain-zh §1.11) and whether it
 * came out on time. Pure: the caller passes today's date.
 *
 * - 县级以上人民政府部门: by 1月31日 of the next year, submitted to the 主管部门 and published
 *   (第四十九条第一款) — statutory.
 * - 县级以上地方人民政府 (its own report, published by the 主管部门): by 3月31日 (第四十九条第二款) — statutory.
 * - 乡镇人民政府 / 街道办事处 and other units: the 条例 sets no date; local rules fill the gap. This is a
 *   setting (`township`, `other`) with our default 1月31日 [U] — the date most provinces set, and the
 *   one issue 12 names; see docs/decisions/032-report-deadlines.md.
 * A local rule may set an earlier date for the statutory ones too, never a later one [S].
 */
import {
  addDays,
  compareDates,
  daysBetween,
  parseLocalDate,
  type LocalDate,
} from '../calendar/local-date.ts';
import type { OrganLevel, OrganType } from '../organs/organ.ts';

/** A day of the year after the report's year, `MM-DD`. */
export type MonthDay = string;

/** Which rule decides an organ's deadline. */
export type DeadlineGroup = 'government' | 'department' | 'township' | 'other';

/** The organ's local deadlines (a group left out follows the statute or the default). */
export type ReportDeadlineSettings = Partial<Record<DeadlineGroup, MonthDay>>;

const STATUTORY: Partial<Record<DeadlineGroup, { day: MonthDay; basis: string }>> = {
  department: { day: '01-31', basis: '《政府信息公开条例》第四十九条第一款' },
  government: { day: '03-31', basis: '《政府信息公开条例》第四十九条第二款' },
};

/** Our default where the 条例 sets no date [U]. */
export const DEFAULT_LOCAL_DEADLINE: MonthDay = '01-31';

/** Chinese names of the groups (settings page, messages). */
export const DEADLINE_GROUP_LABELS = {
  government: '县级以上人民政府（本级政府年度报告）',
  department: '县级以上人民政府部门',
  township: '乡镇人民政府、街道办事处',
  other: '其他单位',
} as const satisfies Record<DeadlineGroup, string>;

/** The deadline of one report. */
export type ReportDeadline = {
  due: LocalDate;
  /** The rule: the article of the 条例, or 「本地规定」 for a setting. */
  basis: string;
  statutory: boolean;
};

/** The group an organ's report falls in. */
export function deadlineGroup(organ: { type: OrganType; level: OrganLevel }): DeadlineGroup {
  if (organ.type === 'township' || organ.level === 'township') {
    return 'township';
  }
  if (organ.type === 'government' || organ.type === 'department') {
    return organ.type;
  }
  return 'other';
}

/** The day in `year`; 02-29 falls on 02-28 in a common year. */
const dayIn = (year: number, day: MonthDay): LocalDate | null =>
  parseLocalDate(`${year}-${day}`) ?? (day === '02-29' ? parseLocalDate(`${year}-02-28`) : null);

/**
 * The deadline of the report for `year` (due in `year + 1`).
 * @example reportDeadline({ type: 'department', level: 'county' }, 2025, {}).due // '2026-01-31'
 */
export function reportDeadline(
  organ: { type: OrganType; level: OrganLevel },
  year: number,
  settings: ReportDeadlineSettings,
): ReportDeadline {
  const group = deadlineGroup(organ);
  const statutory = STATUTORY[group];
  const local = settings[group];
  const localDue = local === undefined ? null : dayIn(year + 1, local);
  if (statutory !== undefined) {
    const statutoryDue = dayIn(year + 1, statutory.day)!;
    return localDue !== null && compareDates(localDue, statutoryDue) < 0
      ? { due: localDue, basis: '本地规定', statutory: false }
      : { due: statutoryDue, basis: statutory.basis, statutory: true };
  }
  return {
    due: localDue ?? dayIn(year + 1, DEFAULT_LOCAL_DEADLINE)!,
    basis: localDue === null ? '本地规定（默认）' : '本地规定',
    statutory: false,
  };
}

/**
 * What is wrong with the settings, per group, in Chinese (empty when they can be saved): a day
 * that does not exist, or a local date later than the statute's.
 */
export function deadlineSettingErrors(
  settings: ReportDeadlineSettings,
): Partial<Record<DeadlineGroup, string>> {
  const errors: Partial<Record<DeadlineGroup, string>> = {};
  for (const [group, day] of Object.entries(settings) as [DeadlineGroup, MonthDay][]) {
    // a leap year, so that 02-29 is accepted as a day that exists
    if (!/^\d{2}-\d{2}$/.test(day) || dayIn(2028, day) === null) {
      errors[group] = `「${day}」不是有效的月日，请写成“01-31”的形式。`;
      continue;
    }
    const statutory = STATUTORY[group];
    if (statutory !== undefined && day > statutory.day) {
      const [m, d] = statutory.day.split('-').map(Number);
      errors[group] = `本地规定的时限不能晚于${statutory.basis}规定的${m}月${d}日。`;
    } else if (day > LATEST_LOCAL_DEADLINE) {
      errors[group] =
        '本地规定的时限应在次年1月1日至3月31日之间（不晚于县级以上人民政府年度报告的法定时限3月31日）。';
    }
  }
  return errors;
}

/**
 * The latest local date for a group the 条例 leaves open: 3月31日, the statute's latest date for
 * any report (第四十九条第二款) — a township's report is part of its county's, which is due then.
 */
export const LATEST_LOCAL_DEADLINE: MonthDay = '03-31';

/** The groups a setting form offers, in order. */
export const DEADLINE_GROUPS = [
  'township',
  'other',
  'department',
  'government',
] as const satisfies readonly DeadlineGroup[];

/**
 * A day as typed (「01-31」「1-31」「1月31日」「2月20日」, full-width digits too) → `MM-DD`, or null
 * when it is not that shape (whether the day exists is deadlineSettingErrors' part).
 * @example parseMonthDay('1月20日') // '01-20'
 */
export function parseMonthDay(raw: string): MonthDay | null {
  const text = raw.trim().replace(/[０-９－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const match = /^(\d{1,2})(?:-|月|\/)(\d{1,2})日?$/.exec(text);
  return match ? `${match[1]!.padStart(2, '0')}-${match[2]!.padStart(2, '0')}` : null;
}

/**
 * The settings form → settings (an empty field: the statute or the default), or the groups in error.
 * @example parseDeadlineSettings({ township: '2月20日' }) // { ok: true, settings: { township: '02-20' } }
 */
export function parseDeadlineSettings(
  raw: Partial<Record<DeadlineGroup, string | undefined>>,
):
  | { ok: true; settings: ReportDeadlineSettings }
  | { ok: false; errors: Partial<Record<DeadlineGroup, string>> } {
  const settings: ReportDeadlineSettings = {};
  const errors: Partial<Record<DeadlineGroup, string>> = {};
  for (const group of DEADLINE_GROUPS) {
    const text = (raw[group] ?? '').trim();
    if (text === '') {
      continue;
    }
    const day = text.length > 20 ? null : parseMonthDay(text);
    if (day === null) {
      errors[group] = `「${text.slice(0, 20)}」不是有效的日期，请写成“01-31”或“1月31日”的形式。`;
      continue;
    }
    settings[group] = day;
  }
  Object.assign(errors, deadlineSettingErrors(settings));
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/** Whether a report came out on time, or how long is left. */
export type Timeliness =
  | { state: 'pending'; daysLeft: number }
  | { state: 'dueSoon'; daysLeft: number }
  | { state: 'overdue'; daysLate: number }
  | { state: 'onTime' }
  | { state: 'late'; daysLate: number };

/** Days before the deadline from which the workbench warns. */
export const DUE_SOON_DAYS = 15;

/**
 * @param publishedOn the 发布日期 of the published report, or null while unpublished
 * @example reportTimeliness('2026-01-31', '2026-02-03', '2026-03-01') // { state: 'late', daysLate: 3 }
 */
export function reportTimeliness(
  due: LocalDate,
  publishedOn: LocalDate | null,
  today: LocalDate,
): Timeliness {
  if (publishedOn !== null) {
    const late = daysBetween(due, publishedOn);
    return late > 0 ? { state: 'late', daysLate: late } : { state: 'onTime' };
  }
  const left = daysBetween(today, due);
  if (left < 0) {
    return { state: 'overdue', daysLate: -left };
  }
  return compareDates(addDays(today, DUE_SOON_DAYS), due) >= 0
    ? { state: 'dueSoon', daysLeft: left }
    : { state: 'pending', daysLeft: left };
}
