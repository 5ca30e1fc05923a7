/**
 * GET/POST /staff/site/guide and /staff/site/rules?organ= — the organ's 政府信息公开指南 and
 * 政府信息公开制度 as it writes them (its 管理员): typed text with headings, edited HTML or a Word
 * file; each save is a new version (history with who and when), a stale form is refused, and the
 * 指南 is checked for the parts 条例第十二条 requires (warnings).
 */
import type { Context, Hono } from 'hono';
import { raw } from 'hono/html';
import type { FieldErrors } from '../../app/failures.ts';
import { ORGAN_RULE_KINDS } from '../../app/portal/columns.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import {
  portalPageEditor,
  savePortalPage,
  versionOf,
  type PortalPageEditor,
} from '../../app/portal/portal-pages.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { PORTAL_PAGE_LABELS, type PortalPageKind } from '../../domain/portal/portal-pages.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError, failureMessage, failureStatus } from '../failures.ts';
import { renderPage } from '../layout/document.tsx';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { postedVersion, readUpload, textValues, uploadedFile } from '../middleware/form.ts';
import { queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { BodyFormatChoice, ErrorSummary, Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';

const HINTS = {
  guide:
    '条例第十二条：指南应当包括政府信息的分类、编排体系、获取方式和政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等内容。',
  rules: `本机关的政府信息公开工作制度，如${ORGAN_RULE_KINDS.join('、')}；国家法规和文件的目录由平台列出。`,
} satisfies Record<PortalPageKind, string>;

type FormState = { body: string; bodyFormat: string; version: number; errors: FieldErrors };

function PageEditorView(props: {
  actor: Actor;
  csrfToken: string;
  editor: PortalPageEditor;
  form: FormState;
  notice: string | null;
}) {
  const { editor: e, form } = props;
  const label = PORTAL_PAGE_LABELS[e.page];
  const action = `/staff/site/${e.page}?organ=${e.organ.id}`;
  const portal = `/o/${e.organ.slug}/gk/${e.page}`;
  return (
    <StaffLayout
      title={label}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section={null}
      breadcrumbs={[{ href: '/staff/site', label: '网站信息' }]}
    >
      <PageHeader title={label} lead={`${e.organ.name}。每次保存生成新版本，修改记入审计日志。`} />
      {props.notice !== null ? <Notice kind="success">{props.notice}</Notice> : null}
      <ErrorSummary errors={form.errors} labels={{ body: '页面内容', version: '版本' }} />
      {e.missing.length > 0 ? (
        <Notice kind="warning" title="指南缺少以下内容（条例第十二条），请补充：">
          <ul class="page-missing">
            {e.missing.map((m) => (
              <li>{m.label}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {e.organs.length > 1 ? (
        <form method="get" action={`/staff/site/${e.page}`} class="page-organ-switch">
          <label for="organ-switch">机关</label>
          <select id="organ-switch" name="organ">
            {e.organs.map((o) => (
              <option value={String(o.id)} selected={o.id === e.organ.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="submit" class="button">
            切换
          </button>
        </form>
      ) : null}
      <p class="field-hint">
        {e.current === null
          ? `尚未编写：门户显示根据本机关信息生成的默认${e.page === 'guide' ? '指南' : '制度'}。`
          : `当前为第 ${e.current.number} 版（${e.current.savedByName}，${beijingMinute(e.current.savedAt)}）。`}{' '}
        <a href={portal}>在门户查看</a>
      </p>
      <form method="post" action={action} enctype="multipart/form-data" class="page-editor">
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="version" value={String(form.version)} />
        <div class="field">
          <label for="field-body">
            页面内容（纯文本每段一行，“# ”开头为标题、“## ”开头为小标题；或选择“HTML”）
          </label>
          <p class="field-hint">{HINTS[e.page]}</p>
          {form.errors.body ? <p class="field-error">{form.errors.body}</p> : null}
          <textarea id="field-body" name="body" rows={20}>
            {form.body}
          </textarea>
        </div>
        <BodyFormatChoice format={form.bodyFormat} />
        <div class="field">
          <label for="field-bodyDocx">或上传 Word 文件作为页面内容（.docx）</label>
          <input id="field-bodyDocx" name="bodyDocx" type="file" accept=".docx" />
        </div>
        <button type="submit" class="button button-primary">
          保存为新版本
        </button>
      </form>
      {e.history.length > 0 ? (
        <section aria-labelledby="history">
          <h2 id="history">版本记录</h2>
          <div class="table-wrap">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">版本</th>
                  <th scope="col">修改人</th>
                  <th scope="col">时间</th>
                </tr>
              </thead>
              <tbody>
                {e.history.map((v) => (
                  <tr>
                    <td>第 {v.number} 版</td>
                    <td>{v.savedByName}</td>
                    <td>{beijingMinute(v.savedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {e.current !== null ? (
        <section aria-labelledby="preview">
          <h2 id="preview">当前版本预览</h2>
          <div class="page-preview">{raw(e.current.bodyHtml)}</div>
        </section>
      ) : null}
    </StaffLayout>
  );
}

const organParam = (c: Context<AppEnv>): number | null => {
  const text = queryParam(c, 'organ');
  return text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : text === undefined ? null : 0;
};

/** Registers the 指南 and 制度 editors (after /staff/site). */
export function registerSitePageRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const show = async (
    c: Context<AppEnv>,
    page: PortalPageKind,
    organId: number | null,
    form: Omit<FormState, 'version'> & { version?: number },
    notice: string | null,
    status: 200 | 409 | 422,
  ) => {
    const actor = requireActor(c);
    const loaded = await portalPageEditor(deps, actor, organId, page);
    if (!loaded.ok) {
      throw failureError(loaded, { what: '机关' });
    }
    const { editor } = loaded;
    const state: FormState = { ...form, version: form.version ?? versionOf(editor.current) };
    if (status === 200) {
      state.body = editor.current?.bodyHtml ?? '';
      state.bodyFormat = editor.current === null ? 'text' : 'html';
    }
    return c.html(
      renderPage(
        <PageEditorView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          editor={editor}
          form={state}
          notice={notice}
        />,
      ),
      status,
    );
  };
  for (const page of ['guide', 'rules'] as const) {
    app.get(`/staff/site/${page}`, (c) =>
      show(
        c,
        page,
        organParam(c),
        { body: '', bodyFormat: 'text', errors: {} },
        queryParam(c, 'saved') === '1' ? '已保存为新版本。门户页面将在数秒内更新。' : null,
        200,
      ),
    );
    app.post(`/staff/site/${page}`, async (c) => {
      const upload = await readUpload(c);
      const values = textValues(upload);
      const docx = uploadedFile(upload, 'bodyDocx');
      const bytes = docx !== undefined && docx.size > 0 ? new Uint8Array(await docx.arrayBuffer()) : null;
      const version = postedVersion(values);
      const form = { body: values.body ?? '', bodyFormat: values.bodyFormat === 'html' ? 'html' : 'text' };
      const organId = organParam(c) ?? 0;
      const result = await savePortalPage(deps, requireActor(c), organId, page, version, {
        ...form,
        bodyDocx: bytes,
      });
      if (result.ok) {
        portalDirectoryFor(deps.db).invalidate();
        return c.redirect(`/staff/site/${page}?organ=${organId}&saved=1`, 303);
      }
      if (result.kind === 'invalid') {
        return show(c, page, organId, { ...form, version, errors: result.errors }, null, 422);
      }
      if (result.kind === 'stale') {
        // the form again on what is stored now, the text typed kept in the message's place
        return show(
          c,
          page,
          organId,
          { ...form, errors: { version: failureMessage(result) } },
          null,
          failureStatus(result),
        );
      }
      throw failureError(result, { what: '机关' });
    });
  }
}
