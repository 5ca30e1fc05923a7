/**
 * 核对放假安排: the year as it was read, what saving it changes against the year in force, and
 * the confirmation form (the canonical 休/班 lines in hidden fields, with the version the preview
 * saw); below it the entry form again, filled in, to correct and preview anew.
 */
import type { ArrangementChange } from '../../app/calendar/calendar-years.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { dateRanges, formatArrangementDays } from '../../domain/calendar/arrangement-text.ts';
import type { YearArrangement } from '../../domain/calendar/arrangements.ts';
import { formatChineseDate, type LocalDate } from '../../domain/calendar/local-date.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { CalendarYearForm, type CalendarFormValues } from './calendar-view.tsx';
import { Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const CRUMBS = [{ href: '/staff/calendar', label: '工作日历' }];

function rangeText(range: string): string {
  const [from, to] = range.split('..') as [LocalDate, LocalDate | undefined];
  return to === undefined ? formatChineseDate(from) : `${formatChineseDate(from)}至${formatChineseDate(to)}`;
}

function DayList(props: { dates: readonly LocalDate[]; empty: string }) {
  const ranges = dateRanges(props.dates);
  return ranges.length === 0 ? (
    <p class="muted">{props.empty}</p>
  ) : (
    <ul>
      {ranges.map((range) => (
        <li>{rangeText(range)}</li>
      ))}
    </ul>
  );
}

function ChangeSummary(props: { year: number; change: ArrangementChange }) {
  const { change } = props;
  if (change.current === null) {
    return (
      <Notice kind="info" title={`将新增 ${props.year} 年度的放假安排`}>
        保存后，{props.year} 年的期限不再是暂定。
      </Notice>
    );
  }
  const lines: Array<[string, readonly LocalDate[]]> = [
    ['新增放假日', change.addedRest],
    ['不再放假', change.removedRest],
    ['新增调休上班', change.addedWork],
    ['不再调休上班', change.removedWork],
  ];
  const changed = lines.filter(([, dates]) => dates.length > 0);
  const what = change.currentOrigin === 'official' ? '内置的' : '已录入的';
  return (
    <Notice kind="warning" title={`将替换${what} ${props.year} 年度放假安排`}>
      {changed.length === 0 ? (
        <p>日期与现有安排相同，只更新通知和来源。</p>
      ) : (
        <ul>
          {changed.map(([label, dates]) => (
            <li>
              {label}：{dateRanges(dates).map(rangeText).join('；')}
            </li>
          ))}
        </ul>
      )}
      <p>已经计算的期限会在下次计算时按新的安排重新得出。</p>
    </Notice>
  );
}

/** The preview page. */
export type CalendarPreviewProps = {
  actor: Actor;
  csrfToken: string;
  arrangement: YearArrangement;
  change: ArrangementChange;
  values: CalendarFormValues;
};

/** The preview page. */
export function CalendarPreviewView(props: CalendarPreviewProps) {
  const { arrangement } = props;
  const days = formatArrangementDays(arrangement);
  return (
    <StaffLayout
      title={`核对 ${arrangement.year} 年放假安排`}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="calendar"
      breadcrumbs={CRUMBS}
    >
      <PageHeader
        title={`核对 ${arrangement.year} 年放假安排`}
        lead="请与通知原文逐项核对，确认无误后保存。"
      />
      <ChangeSummary year={arrangement.year} change={props.change} />
      <section class="panel" aria-labelledby="preview-title">
        <h2 id="preview-title">读取的内容</h2>
        <dl class="pt-facts">
          <dt>年度</dt>
          <dd>{arrangement.year}</dd>
          <dt>通知</dt>
          <dd>{arrangement.notice}</dd>
          <dt>来源</dt>
          <dd>
            {arrangement.source.split(/\s+/).map((url) => (
              <>
                <a href={url} rel="noopener noreferrer">
                  {url}
                </a>{' '}
              </>
            ))}
          </dd>
        </dl>
        <h3>放假（共 {arrangement.restDays.length} 天，含其中的周末）</h3>
        <DayList dates={arrangement.restDays} empty="无" />
        <h3>调休上班</h3>
        <DayList dates={arrangement.workdays} empty="无调休上班日" />
        <form method="post" action="/staff/calendar">
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="year" value={String(arrangement.year)} />
          <input type="hidden" name="notice" value={arrangement.notice} />
          <input type="hidden" name="source" value={arrangement.source} />
          <input type="hidden" name="days" value={days} />
          <input type="hidden" name="expectedVersion" value={String(props.change.expectedVersion)} />
          <div class="form-actions">
            <button type="submit" class="button button-primary">
              确认保存
            </button>
            <a class="button" href="/staff/calendar">
              放弃
            </a>
          </div>
        </form>
      </section>
      <CalendarYearForm
        csrfToken={props.csrfToken}
        values={props.values}
        errors={[]}
        title="修改后重新预览"
      />
    </StaffLayout>
  );
}
