/**
 * 工作日历: the years of 放假安排 the deadlines are computed with (built in or entered), the
 * provisional years called out, and — for an administrator of a root organ — the form to enter
 * or replace a year (typed 休/班 lines or an uploaded .txt/.json file), which leads to a preview.
 */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { CalendarOverview, CalendarYearRow, YearOrigin } from '../../app/calendar/calendar-years.ts';
import { MAX_CALENDAR_FILE_BYTES } from '../../app/calendar/enter-calendar-year.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { formatArrangementDays } from '../../domain/calendar/arrangement-text.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { Notice, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** What the form shows again after a refused preview or save. */
export type CalendarFormValues = { year: string; notice: string; source: string; days: string };

/** An empty form. */
export const EMPTY_CALENDAR_FORM: CalendarFormValues = { year: '', notice: '', source: '', days: '' };

const ORIGIN_LABELS = {
  official: '内置（国务院办公厅通知）',
  entered: '管理员录入',
  replaced: '管理员录入（替换内置）',
} as const satisfies Record<YearOrigin, string>;

const DAYS_HINT =
  '每行一项：「休」后写放假日期或时段（含其中的周末），「班」后写调休上班的周末日期；时段写作 2027-01-01..2027-01-03，一行可写多个，用逗号分隔。';

function ProvisionalNotice(props: { overview: CalendarOverview }) {
  const { lastYear, missingYears } = props.overview;
  if (lastYear === null) {
    return (
      <Notice kind="warning" title="尚无放假安排">
        所有期限只计入《全国年节及纪念日放假办法》规定的法定节假日和周末，均为暂定。
      </Notice>
    );
  }
  return (
    <Notice kind="warning" title={`${lastYear + 1} 年及以后的放假安排尚未录入`}>
      <p>
        这些年度只计入《全国年节及纪念日放假办法》规定的法定节假日（如元旦、国庆节）和周末，调休和补假尚未确定，涉及的期限标为「暂定」；
        {lastYear}
        年12月20日至31日的期限也标为暂定（下一年度的通知可能调整年底的日期，如 2019 年和 2023
        年的通知）。国务院办公厅通常在每年 11 月前后公布下一年度的安排，公布后请及时录入。
      </p>
      {missingYears.length > 0 ? (
        <p>以下年度也没有放假安排，只计入法定节假日和周末：{missingYears.join('、')}。</p>
      ) : null}
    </Notice>
  );
}

function SourceLinks(props: { source: string }) {
  return (
    <>
      {props.source
        .split(/\s+/)
        .filter(Boolean)
        .map((url, index) => (
          <>
            {index > 0 ? '、' : null}
            <a href={url} rel="noopener noreferrer">
              通知原文{index > 0 ? index + 1 : ''}
            </a>
          </>
        ))}
    </>
  );
}

function YearRow(props: { row: CalendarYearRow }) {
  const { arrangement, origin, entered } = props.row;
  return (
    <tr>
      <th scope="row">{arrangement.year}</th>
      <td>
        {arrangement.notice}
        <details>
          <summary>查看日期</summary>
          <pre class="calendar-days">{formatArrangementDays(arrangement)}</pre>
        </details>
      </td>
      <td class="cell-number">{props.row.weekdayRestCount}</td>
      <td class="cell-number">{arrangement.workdays.length}</td>
      <td>
        <SourceLinks source={arrangement.source} />
      </td>
      <td>
        {ORIGIN_LABELS[origin]}
        {entered ? (
          <span class="muted small">
            <br />
            {entered.enteredByName} · {beijingMinute(entered.enteredAt)}
          </span>
        ) : null}
      </td>
    </tr>
  );
}

/** The form that leads to the preview. */
export function CalendarYearForm(props: {
  csrfToken: string;
  values: CalendarFormValues;
  errors: readonly string[];
  title?: string;
}) {
  const { values } = props;
  return (
    <form
      method="post"
      action="/staff/calendar/preview"
      enctype="multipart/form-data"
      class="panel"
      aria-labelledby="enter-title"
      novalidate
    >
      <h2 id="enter-title">{props.title ?? '录入或替换一个年度'}</h2>
      <p>先预览核对，确认后才会保存。已有的年度会被整体替换；录入的年度优先于内置数据。</p>
      {props.errors.length > 0 ? (
        <div class="error-summary" role="alert" aria-labelledby="calendar-errors-title" tabindex={-1}>
          <h2 id="calendar-errors-title">提交的内容有误，请修改后重新提交</h2>
          <ul>
            {props.errors.map((error) => (
              <li>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <CsrfField token={props.csrfToken} />
      <div class="form-grid">
        <TextField
          name="year"
          label="年度"
          value={values.year}
          hint="四位数字，如 2027"
          inputClass="input-short"
          maxLength={4}
        />
        <TextField
          name="notice"
          label="通知文号或标题"
          value={values.notice}
          hint="如：国办发明电〔2024〕12号"
          maxLength={300}
        />
      </div>
      <TextField
        name="source"
        label="通知网址"
        value={values.source}
        hint="中国政府网（gov.cn）上通知的网址；有补充通知的，多个网址用空格分隔"
        maxLength={1000}
      />
      <div class="field">
        <label for="field-days">放假和调休上班日期</label>
        <p class="field-hint" id="field-days-hint">
          {DAYS_HINT}
        </p>
        <textarea
          id="field-days"
          name="days"
          rows={10}
          aria-describedby="field-days-hint"
          placeholder={'休 2027-01-01..2027-01-03\n班 2027-02-20'}
        >
          {values.days}
        </textarea>
      </div>
      <div class="field">
        <label for="field-file">或上传文件（.txt 或 .json）</label>
        <p class="field-hint" id="field-file-hint">
          文本文件格式同上，可另加「年度 2027」「文号 …」「来源 …」三行；JSON 为{' '}
          {
            '{"year": 2027, "notice": "…", "source": "…", "restDays": ["2027-01-01..2027-01-03"], "workdays": ["2027-02-20"]}'
          }
          。不超过 {MAX_CALENDAR_FILE_BYTES / 1024}{' '}
          KB。上传文件时，文件中的日期代替上面填写的日期，文件中没有的年度、文号、网址取上面填写的内容。
        </p>
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".txt,.json,text/plain,application/json"
          aria-describedby="field-file-hint"
        />
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          预览
        </button>
      </div>
    </form>
  );
}

/** The whole page. */
export type CalendarViewProps = {
  actor: Actor;
  csrfToken: string;
  overview: CalendarOverview;
  canEdit: boolean;
  values: CalendarFormValues;
  errors: readonly string[];
  notice: string | null;
};

/** The 工作日历 page. */
export function CalendarView(props: CalendarViewProps) {
  return (
    <StaffLayout title="工作日历" actor={props.actor} csrfToken={props.csrfToken} section="calendar">
      <PageHeader
        title="工作日历"
        lead="答复期限等按工作日计算：周一至周五，除去国务院办公厅公布的放假日期，加上调休上班的周末。"
      />
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <ProvisionalNotice overview={props.overview} />
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">各年度放假安排</caption>
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">通知</th>
              <th scope="col">工作日放假天数</th>
              <th scope="col">调休上班天数</th>
              <th scope="col">来源</th>
              <th scope="col">数据</th>
            </tr>
          </thead>
          <tbody>
            {props.overview.rows.map((row) => (
              <YearRow row={row} />
            ))}
          </tbody>
        </table>
      </div>
      {props.canEdit ? (
        <CalendarYearForm csrfToken={props.csrfToken} values={props.values} errors={props.errors} />
      ) : (
        <p class="muted">放假安排全国统一，只有根机构的管理员可以录入或替换。</p>
      )}
    </StaffLayout>
  );
}
