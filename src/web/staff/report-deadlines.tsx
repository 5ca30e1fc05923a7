/**
 * GET/POST /staff/site/report-deadlines — 年度报告报送时限: the local deadlines where the 条例 sets
 * none (乡镇人民政府、街道办事处, other units) and earlier local dates for the statutory ones, set by an
 * administrator of the root organ (others get 403 naming the role). Rules in
 * app/annual-report/deadline-settings.ts and domain/annual-report/report-deadline.ts.
 */
import type { Context, Hono } from 'hono';
import { changeDeadlineSettings, deadlineSettingsFor } from '../../app/annual-report/deadline-settings.ts';
import type { FieldErrors } from '../../app/failures.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  DEADLINE_GROUP_LABELS,
  DEADLINE_GROUPS,
  DEFAULT_LOCAL_DEADLINE,
  type DeadlineGroup,
} from '../../domain/annual-report/report-deadline.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError } from '../failures.ts';
import { renderPage } from '../layout/document.tsx';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { formText, readForm } from '../middleware/form.ts';
import { queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { ErrorSummary, Notice, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

type Values = Partial<Record<DeadlineGroup, string>>;

const [defaultMonth, defaultDay] = DEFAULT_LOCAL_DEADLINE.split('-').map(Number);
const HINTS = {
  township: `条例未规定时限，由本地规定；留空按默认 ${defaultMonth}月${defaultDay}日。须在次年1月1日至3月31日之间。`,
  other: `条例未规定时限，由本地规定；留空按默认 ${defaultMonth}月${defaultDay}日。须在次年1月1日至3月31日之间。`,
  department: '条例第四十九条第一款规定为1月31日；本地可规定更早的日期，不能更晚。留空按条例。',
  government: '条例第四十九条第二款规定为3月31日；本地可规定更早的日期，不能更晚。留空按条例。',
} as const satisfies Record<DeadlineGroup, string>;

function DeadlinesView(props: {
  actor: Actor;
  csrfToken: string;
  values: Values;
  errors: FieldErrors;
  saved: boolean;
}) {
  return (
    <StaffLayout
      title="年度报告报送时限"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section={null}
      breadcrumbs={[{ href: '/staff/site', label: '网站信息' }]}
    >
      <PageHeader
        title="年度报告报送时限"
        lead="各类机关年度报告的报送和公布时限（次年的月日，写成“01-31”或“1月31日”）。“年度报告报送情况”按这些时限判断是否逾期。修改记入审计日志。"
      />
      {props.saved ? <Notice kind="success">已保存。</Notice> : null}
      <ErrorSummary errors={props.errors} labels={DEADLINE_GROUP_LABELS} />
      <form method="post" action="/staff/site/report-deadlines">
        <CsrfField token={props.csrfToken} />
        {DEADLINE_GROUPS.map((group) => (
          <TextField
            name={group}
            label={DEADLINE_GROUP_LABELS[group]}
            value={props.values[group] ?? ''}
            error={props.errors[group]}
            hint={HINTS[group]}
            maxLength={20}
          />
        ))}
        <button type="submit" class="button button-primary">
          保存
        </button>
      </form>
    </StaffLayout>
  );
}

/** Mounts the page. */
export function registerReportDeadlineRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const show = (c: Context<AppEnv>, values: Values, errors: FieldErrors, saved: boolean, status: 200 | 422) =>
    c.html(
      renderPage(
        <DeadlinesView
          actor={requireActor(c)}
          csrfToken={c.get('csrfToken')}
          values={values}
          errors={errors}
          saved={saved}
        />,
      ),
      status,
    );
  app.get('/staff/site/report-deadlines', async (c) => {
    const result = await deadlineSettingsFor(deps, requireActor(c));
    if (!result.ok) {
      throw failureError(result);
    }
    return show(c, result.settings, {}, queryParam(c, 'saved') === '1', 200);
  });
  app.post('/staff/site/report-deadlines', async (c) => {
    const form = await readForm(c);
    const values: Values = {};
    for (const group of DEADLINE_GROUPS) {
      values[group] = formText(form, group);
    }
    const result = await changeDeadlineSettings(deps, requireActor(c), values);
    if (result.ok) {
      return c.redirect('/staff/site/report-deadlines?saved=1', 303);
    }
    if (result.kind !== 'invalid') {
      throw failureError(result);
    }
    const shown: Values = {};
    for (const group of DEADLINE_GROUPS) {
      shown[group] = (values[group] ?? '').slice(0, 20);
    }
    return show(c, shown, result.errors, false, 422);
  });
}
