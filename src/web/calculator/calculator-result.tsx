/**
 * The 期限计算器 result: the deadline (or that the clock is stopped), a clear provisional warning,
 * how far today is from it, the numbered explanation, the 补正 notice deadline, and the notes of
 * the platform settings that changed the date.
 */
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { DEADLINE_SETTINGS, deadlineSettingNote } from '../../domain/deadlines/deadline-settings.ts';
import type { DueDateResult } from '../../domain/deadlines/due-date.ts';
import { periodVersionById } from '../../domain/deadlines/statutory-periods.ts';
import type { Timeliness } from '../../domain/deadlines/timeliness.ts';

/** A date in words, with its weekday and working-day context. */
export type DayText = (date: LocalDate) => string;

/** The sentence shown on provisional dates (the steps list the certain holidays and what is unknown). */
export const PROVISIONAL_WARNING =
  '该日期所在年度的放假安排尚未发布：已按《全国年节及纪念日放假办法》计入法定节假日，调休和补假尚未确定，仅供参考';

function TodayLine(props: { today: LocalDate; timeliness: Timeliness; dayText: DayText }) {
  const { kind, workingDaysLeft } = props.timeliness;
  const today = `今天是${props.dayText(props.today)}`;
  switch (kind) {
    case 'stopped':
      return null;
    case 'overdue':
      return (
        <p>
          {today}，已超过答复期限
          {workingDaysLeft !== null && workingDaysLeft < 0 ? ` ${-workingDaysLeft} 个工作日` : ''}。
        </p>
      );
    case 'dueSoon':
    case 'inTime':
      return (
        <p>
          {today}，距答复期限还有 {workingDaysLeft ?? 0} 个工作日
          {workingDaysLeft === 0 ? '（今天是最后一天）' : ''}。
        </p>
      );
  }
}

/** What the result section shows. */
export type CalculatorResultProps = {
  result: DueDateResult;
  today: LocalDate;
  timeliness: Timeliness;
  /** 第三十条 补正 notice deadline (null: no such rule for the version, or a correction already came). */
  correctionNoticeBy: LocalDate | null;
  /** Writes a date with its weekday and working-day context (调休上班, holidays) on the calendar used. */
  dayText: DayText;
};

/** The result section. */
export function CalculatorResult(props: CalculatorResultProps) {
  const { result, dayText } = props;
  const version = periodVersionById(result.version);
  return (
    <section class="pt-panel" aria-labelledby="calc-result-title">
      <h2 id="calc-result-title">计算结果</h2>
      <p class="pt-stat" role="status">
        答复期限：
        <strong>
          {result.due === null
            ? `暂停计算中（自${result.stoppedSince === null ? '' : dayText(result.stoppedSince)}起）`
            : `${dayText(result.due)}${result.provisional ? '（暂定）' : ''}`}
        </strong>
      </p>
      {result.provisional ? (
        <div class="pt-notice" role="note">
          <p class="pt-notice-title">暂定日期</p>
          <p>{PROVISIONAL_WARNING}。下一年度的放假安排公布后，日期可能改变。</p>
        </div>
      ) : null}
      <TodayLine today={props.today} timeliness={props.timeliness} dayText={dayText} />
      <p class="pt-rule">
        <span class="pt-rule-label">适用：</span>
        {version.title}
      </p>
      <h3>计算过程</h3>
      <ol class="pt-numbered">
        {result.steps.map((step) => (
          <li>{step.text}</li>
        ))}
      </ol>
      {props.correctionNoticeBy === null ? null : (
        <p class="pt-rule">
          <span class="pt-rule-label">补正告知：</span>
          申请内容不明确需要补正的，应在{dayText(props.correctionNoticeBy)}
          前一次性告知申请人（第三十条：自收到申请之日起 {version.correctionNoticeDays} 个工作日内）。
        </p>
      )}
      {result.settingsUsed.length === 0 ? null : (
        <aside class="pt-note" aria-labelledby="calc-notes-title">
          <h3 id="calc-notes-title">说明：本平台对未明确规则的理解</h3>
          <ul>
            {result.settingsUsed.map((key) => (
              <li>{deadlineSettingNote(key, DEADLINE_SETTINGS)}</li>
            ))}
          </ul>
        </aside>
      )}
    </section>
  );
}
