/**
 * Named settings for the deadline readings the sources do not settle ([U] in domain-zh), with
 * documented defaults. They are code, not environment variables (house style); a page that shows a
 * date one of them changed shows its note (`DEADLINE_SETTING_NOTES`). Decision record 008 gives
 * the reasons for each default (decision 018 for `provisionalMakeUpDay`).
 */
import type { CalendarSettings } from '../calendar/holiday-calendar.ts';

/**
 * How the platform reads the unsettled deadline rules. The calendar's settings are part of them, so
 * the same object builds the calendar (`buildCalendar(arrangements, DEADLINE_SETTINGS)`) and
 * explains the dates computed on it.
 */
export type DeadlineSettings = CalendarSettings & {
  /**
   * 信息处理费: the time from the fee notice to payment is not counted in the reply period.
   * Default true. Unverified reading (domain-zh §3.4, §7 item 3): no text of 国办函〔2020〕109号
   * saying so was found. Applies under the 2019 条例 only (the 2007 条例 excluded third-party
   * consultation time and nothing else).
   */
  feeTimeExcluded: boolean;
  /**
   * An application received on a rest day: `asReceived` counts from the day after that day (the
   * 第三十一条 date as it is); `nextWorkingDay` treats it as received on the next working day, as a
   * 2017 court case did for an email (domain-zh §1.12, [S]). Default `asReceived`: the earlier,
   * safer date for the organ, and the 条例's 收到申请之日 taken as written.
   */
  restDayReceipt: 'asReceived' | 'nextWorkingDay';
};

/** A setting's name. */
export type DeadlineSettingKey = keyof DeadlineSettings;

/** The platform's settings (the defaults; the calculator and cases use these). */
export const DEADLINE_SETTINGS: DeadlineSettings = {
  feeTimeExcluded: true,
  restDayReceipt: 'asReceived',
  provisionalMakeUpDay: 'workingDay',
};

/**
 * What to tell the reader where a setting changed a date (Chinese), per setting and value.
 * Use `deadlineSettingNote` to pick the text for the settings in force.
 */
export const DEADLINE_SETTING_NOTES = {
  feeTimeExcluded: {
    true: '信息处理费：本平台自发出收费通知之日至收到缴费之日的时间不计入答复期限。《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）中未查到明确规定，这是本平台的理解；如本地另有规定，以本地规定为准。',
    false:
      '信息处理费：按本平台当前设置，自发出收费通知至缴费的时间计入答复期限。《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）中未查到明确规定。',
  },
  restDayReceipt: {
    asReceived:
      '休息日收到的申请：本平台按实际收到之日计算，自其次日起算答复期限。条例对此未作规定；也有视为下一个工作日收到的做法（见 2017 年一则法院判决），那样得出的期限会晚一个工作日。',
    nextWorkingDay:
      '休息日收到的申请：按本平台当前设置，视为下一个工作日收到，自其次日起算答复期限（参照 2017 年一则法院判决）。条例对此未作规定；按实际收到之日计算的期限会早一个工作日。',
  },
  provisionalMakeUpDay: {
    workingDay:
      '补假：法定节假日适逢周末的，应当在工作日补假（《全国年节及纪念日放假办法》第六条），具体日期由国务院办公厅的年度通知确定。通知发布前，本平台把尚未确定的补假日按工作日计算，得出的期限可能早于通知发布后的期限。',
    followingWeekday:
      '补假：法定节假日适逢周末的，应当在工作日补假（《全国年节及纪念日放假办法》第六条），具体日期由国务院办公厅的年度通知确定。按本平台当前设置，通知发布前推定补假安排在该节日之后的工作日，这只是推算。',
  },
} as const satisfies {
  feeTimeExcluded: Record<'true' | 'false', string>;
  restDayReceipt: Record<DeadlineSettings['restDayReceipt'], string>;
  provisionalMakeUpDay: Record<DeadlineSettings['provisionalMakeUpDay'], string>;
};

/**
 * The note for `key` under `settings`.
 * @example deadlineSettingNote('feeTimeExcluded', DEADLINE_SETTINGS) // '信息处理费：本平台自发出收费通知之日…'
 */
export function deadlineSettingNote(key: DeadlineSettingKey, settings: DeadlineSettings): string {
  switch (key) {
    case 'feeTimeExcluded':
      return DEADLINE_SETTING_NOTES.feeTimeExcluded[settings.feeTimeExcluded ? 'true' : 'false'];
    case 'restDayReceipt':
      return DEADLINE_SETTING_NOTES.restDayReceipt[settings.restDayReceipt];
    case 'provisionalMakeUpDay':
      return DEADLINE_SETTING_NOTES.provisionalMakeUpDay[settings.provisionalMakeUpDay];
  }
}
