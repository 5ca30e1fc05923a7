/**
 * GET/POST /staff/site — 网站信息: the domain and registration numbers the portal footer and page
 * tags show (an administrator of the root organ only; others get 403 naming the role).
 */
import type { Context, Hono } from 'hono';
import type { FieldErrors } from '../../app/failures.ts';
import { changeSiteSettings, siteSettingsFor } from '../../app/portal/save-site-settings.ts';
import type { SiteSettingsInput } from '../../domain/portal/site-settings.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError } from '../failures.ts';
import { renderPage } from '../layout/document.tsx';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { formText, readForm } from '../middleware/form.ts';
import { queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { ErrorSummary, Notice, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const LABELS = {
  domain: '网站域名',
  idCode: '政府网站标识码',
  icp: 'ICP备案号',
  policeRecord: '公安机关备案号',
};
const HINTS = {
  domain: '如 www.boshan.gov.cn；用于页面标签 SiteDomain、robots.txt 和 sitemap.xml 的完整网址',
  idCode: '10位数字，由政府网站主管单位分配',
  icp: '如 鲁ICP备05001234号-1',
  policeRecord: '如 鲁公网安备37030402000123号',
};

function SiteView(props: {
  actor: Actor;
  csrfToken: string;
  values: SiteSettingsInput;
  errors: FieldErrors;
  saved: boolean;
}) {
  return (
    <StaffLayout title="网站信息" actor={props.actor} csrfToken={props.csrfToken} section={null}>
      <PageHeader
        title="网站信息"
        lead="门户页脚和页面标签使用这些信息；留空的项目在门户上显示为带“示例”标记的占位。修改记入审计日志。"
      />
      {props.saved ? <Notice kind="success">已保存。门户页面将在数秒内更新。</Notice> : null}
      <ErrorSummary errors={props.errors} labels={LABELS} />
      <form method="post" action="/staff/site">
        <CsrfField token={props.csrfToken} />
        {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((key) => (
          <TextField
            name={key}
            label={LABELS[key]}
            value={props.values[key]}
            error={props.errors[key]}
            hint={HINTS[key]}
            maxLength={300}
          />
        ))}
        <button type="submit" class="button button-primary">
          保存
        </button>
      </form>
      <section aria-labelledby="site-pages">
        <h2 id="site-pages">公开指南和公开制度</h2>
        <p class="field-hint">
          各机关的管理员可编写本机关的政府信息公开指南和工作制度；尚未编写的，门户显示根据机关信息生成的默认文本。
        </p>
        <ul class="link-list">
          <li>
            <a href="/staff/site/guide">编写政府信息公开指南</a>
          </li>
          <li>
            <a href="/staff/site/rules">编写政府信息公开制度</a>
          </li>
        </ul>
        <p>
          <a href="/staff/site/report-deadlines">年度报告报送时限</a>
          ：乡镇（街道）等条例未规定时限的单位的本地时限。
        </p>
      </section>
    </StaffLayout>
  );
}

/** Registers the 网站信息 page. */
export function registerSiteSettingsRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const show = (
    c: Context<AppEnv>,
    values: SiteSettingsInput,
    errors: FieldErrors,
    saved: boolean,
    status: 200 | 422,
  ) =>
    c.html(
      renderPage(
        <SiteView
          actor={requireActor(c)}
          csrfToken={c.get('csrfToken')}
          values={values}
          errors={errors}
          saved={saved}
        />,
      ),
      status,
    );
  app.get('/staff/site', async (c) => {
    const result = await siteSettingsFor(deps, requireActor(c));
    if (!result.ok) {
      throw failureError(result);
    }
    return show(c, result.values, {}, queryParam(c, 'saved') === '1', 200);
  });
  app.post('/staff/site', async (c) => {
    const form = await readForm(c);
    const raw = {
      domain: formText(form, 'domain'),
      idCode: formText(form, 'idCode'),
      icp: formText(form, 'icp'),
      policeRecord: formText(form, 'policeRecord'),
    };
    const result = await changeSiteSettings(deps, requireActor(c), raw);
    if (result.ok) {
      return c.redirect('/staff/site?saved=1', 303);
    }
    if (result.kind !== 'invalid') {
      throw failureError(result);
    }
    return show(c, raw, result.errors, false, 422);
  });
}
