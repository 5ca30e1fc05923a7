/**
 * GET/POST /staff/items/settings?organ= — the organ's publishing settings (its 管理员 only): 索引号
 * pattern and code, 签发 by the drafter, 三同步.
 */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { Context, Hono } from 'hono';
import type { FieldErrors } from '../../app/failures.ts';
import {
  changePublishingSettings,
  publishingSettingsFor,
} from '../../app/publishing/save-publishing-settings.ts';
import type { PublishingSettings } from '../../app/publishing/publishing-settings.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError } from '../failures.ts';
import { renderPage } from '../layout/document.tsx';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { readForm, formText } from '../middleware/form.ts';
import { queryId, queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { ErrorSummary, Notice, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const LABELS = { indexPattern: '索引号格式', indexCode: '机构代码（前段码）' };

function SettingsView(props: {
  actor: Actor;
  csrfToken: string;
  organId: number;
  organName: string;
  settings: PublishingSettings;
  creditCode: string | null;
  values: Record<string, string>;
  errors: FieldErrors;
  saved: boolean;
}) {
  const { settings: s, values: v } = props;
  return (
    <StaffLayout
      title="发布设置"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="items"
      breadcrumbs={[{ href: `/staff/items?organ=${props.organId}`, label: '主动公开' }]}
    >
      <PageHeader title="发布设置" lead={`${props.organName}。修改记入审计日志。`} />
      {props.saved ? <Notice kind="success">设置已保存。</Notice> : null}
      <ErrorSummary errors={props.errors} labels={LABELS} />
      <form method="post" action={`/staff/items/settings?organ=${props.organId}`}>
        <CsrfField token={props.csrfToken} />
        <TextField
          name="indexPattern"
          label={LABELS.indexPattern}
          value={v.indexPattern ?? s.indexPattern}
          error={props.errors.indexPattern}
          hint="可用 {机构代码} {年} {年月} {日期} {栏目代码} {序号:位数}；默认「{机构代码}/{年}-{序号:5}」。已发布信息的索引号不会改变。"
        />
        <TextField
          name="indexCode"
          label={LABELS.indexCode}
          value={v.indexCode ?? s.indexCode ?? ''}
          error={props.errors.indexCode}
          hint={`留空则使用本机关统一社会信用代码${props.creditCode ? `（${props.creditCode}）` : '（尚未登记，将使用系统编号）'}`}
        />
        <div class="field field-inline">
          <input
            type="checkbox"
            id="drafterMaySign"
            name="drafterMaySign"
            value="yes"
            checked={s.drafterMaySign}
          />
          <label for="drafterMaySign">
            允许起草人签发自己起草的信息（人员较少的机关；默认不允许，签发时信息页会注明）
          </label>
        </div>
        <div class="field field-inline">
          <input
            type="checkbox"
            id="interpretationRequired"
            name="interpretationRequired"
            value="yes"
            checked={s.interpretationRequired}
          />
          <label for="interpretationRequired">行政规范性文件须与政策解读同步发布（三同步）</label>
        </div>
        {s.changed ? (
          <p class="field-hint">
            上次修改：{s.changed.by}，{beijingMinute(s.changed.at)}
          </p>
        ) : null}
        <button type="submit" class="button button-primary">
          保存设置
        </button>
      </form>
      <p class="field-hint">
        网站域名、政府网站标识码和备案号在<a href="/staff/site">网站信息</a>
        中设置（本级政府的管理员）。本机关的
        <a href={`/staff/site/guide?organ=${props.organId}`}>政府信息公开指南</a>和
        <a href={`/staff/site/rules?organ=${props.organId}`}>政府信息公开制度</a>由本机关管理员编写。
      </p>
    </StaffLayout>
  );
}

/** Registers the settings routes (before /staff/items/:id). */
export function registerItemSettingsRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const show = async (
    c: Context<AppEnv>,
    values: Record<string, string>,
    errors: FieldErrors,
    saved: boolean,
    status: 200 | 422,
  ) => {
    const actor = requireActor(c);
    const organId = queryId(c, 'organ');
    const page = await publishingSettingsFor(deps, actor, organId);
    if (!page.ok) {
      throw failureError(page, { what: '机关' });
    }
    return c.html(
      renderPage(
        <SettingsView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          organId={organId}
          organName={page.organName}
          settings={page.settings}
          creditCode={page.creditCode}
          values={values}
          errors={errors}
          saved={saved}
        />,
      ),
      status,
    );
  };
  app.get('/staff/items/settings', (c) => show(c, {}, {}, queryParam(c, 'saved') === '1', 200));
  app.post('/staff/items/settings', async (c) => {
    const form = await readForm(c);
    const values = { indexPattern: formText(form, 'indexPattern'), indexCode: formText(form, 'indexCode') };
    const result = await changePublishingSettings(deps, requireActor(c), queryId(c, 'organ'), {
      ...values,
      drafterMaySign: formText(form, 'drafterMaySign'),
      interpretationRequired: formText(form, 'interpretationRequired'),
    });
    if (result.ok) {
      return c.redirect(`/staff/items/settings?organ=${result.organId}&saved=1`, 303);
    }
    if (result.kind !== 'invalid') {
      throw failureError(result, { what: '机关' });
    }
    return show(c, values, result.errors, false, 422);
  });
}
