/**
 * 年报体检 routes, public (/tools/report-check) and staff (/staff/report-check, behind the staff
 * guard): the form, the submission (multipart; the body size is limited by the security
 * middleware, the file again here; type by content), the result page and its downloads.
 * A refused submission shows the form again with one message; nothing is stored.
 */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { cachedPage, portalDirectoryFor } from '../../app/portal/directory.ts';
import {
  CHECK_RETENTION_DAYS,
  CHECK_TOKEN_PATTERN,
  checkAndStoreReport,
  ReportCheckRefused,
  type CheckSource,
  type RefusalCode,
} from '../../app/report-checks/check-report.ts';
import { parsePoolOf } from '../../app/deps.ts';
import { loadReportCheck } from '../../app/report-checks/load-report-check.ts';
import type { AppEnv } from '../context.ts';
import { HttpError, notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { readUpload } from '../middleware/form.ts';
import { loadFrame } from '../portal/frame.ts';
import { PortalPage, type Crumb } from '../portal/portal-layout.tsx';
import { clientAddress } from '../middleware/client-address.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { StaffLayout } from '../staff/staff-layout.tsx';
import type { RouteModule } from '../routes.ts';
import { isDownloadFormat, sendReportDownload } from './download.ts';
import { CheckForm } from './form-page.tsx';
import { CheckResult } from './result-page.tsx';

/** `:name` of a result: the token, optionally with a download extension. */
const RESULT_NAME = /^([A-Za-z0-9_-]+)(?:\.([a-z]+))?$/;

/** The public checker (portal frame) or the staff one (staff frame, behind the staff guard). */
type Area = { base: string; isStaff: boolean };
const PUBLIC: Area = { base: '/tools/report-check', isStaff: false };
const STAFF: Area = { base: '/staff/report-check', isStaff: true };

/** A refusal's HTTP status: too big 413, too many 429, pool full 503, anything else 422. */
type RefusalStatus = 413 | 422 | 429 | 503;
const statusOf = (code: RefusalCode): RefusalStatus =>
  code === 'TOO_LARGE' ? 413 : code === 'RATE_LIMITED' ? 429 : code === 'BUSY' ? 503 : 422;

const COLUMN_META = {
  columnName: '年报体检',
  columnType: '办事服务',
  columnDescription: '上传或粘贴政府信息公开工作年度报告，检查表格勾稽关系、格式和异常文字。',
  columnKeywords: '年报体检,政府信息公开工作年度报告,勾稽关系',
};

/**
 * A checker page in the staff or the portal frame. `cacheable` public pages (results: the same for
 * every visitor, no form) are rendered once per directory snapshot.
 */
async function page(
  c: Context<AppEnv>,
  area: Area,
  title: string,
  crumbs: Crumb[],
  content: Child | (() => Promise<Child>),
  options: { status?: 200 | RefusalStatus; cacheable?: boolean } = {},
) {
  const status = options.status ?? 200;
  c.header('cache-control', 'no-store');
  if (area.isStaff) {
    const body = typeof content === 'function' ? await content() : content;
    const trail = crumbs.filter(
      (crumb): crumb is { label: string; href: string } => crumb.href !== undefined,
    );
    return c.html(
      renderPage(
        <StaffLayout
          title={title}
          actor={requireActor(c)}
          csrfToken={c.get('csrfToken')}
          section="report-check"
          breadcrumbs={trail}
        >
          <div class="rc-main">{body}</div>
        </StaffLayout>,
      ),
      status,
    );
  }
  const frame = await loadFrame(c, portalDirectoryFor(c.get('deps').db), null);
  const render = async () =>
    renderPage(
      <PortalPage
        frame={frame}
        nav="check"
        crumbs={[{ label: '首页', href: '/' }, ...crumbs]}
        mainClass="rc-main"
        meta={{ title, ...COLUMN_META }}
      >
        {typeof content === 'function' ? await content() : content}
      </PortalPage>,
    );
  const key = `${c.req.path}|${frame.site.domain}|${frame.isElder ? 'elder' : ''}`;
  return c.html(
    options.cacheable === true ? await cachedPage(frame.snapshot, key, render) : await render(),
    status,
  );
}

function formPage(
  c: Context<AppEnv>,
  area: Area,
  options: { error?: string; pasted?: string; status?: 200 | RefusalStatus } = {},
) {
  const form = (
    <CheckForm
      action={area.base}
      csrfToken={c.get('csrfToken')}
      maxBytes={c.get('deps').env.maxUploadBytes}
      error={options.error}
      pasted={options.pasted}
    />
  );
  return page(
    c,
    area,
    options.error === undefined ? '年报体检' : '年报体检（未能检查）',
    [{ label: '年报体检' }],
    form,
    { status: options.status ?? 200 },
  );
}

/** What the form carried: a chosen file, the paste field, both (a hand-made request), or neither. */
export type Submitted = { kind: 'file'; file: File } | { kind: 'paste'; text: string } | 'both' | null;

/**
 * Reads the form fields `file` and `text` (repeated fields count as hand-made: the first is used).
 * @example submittedOf({ text: '…' }) // { kind: 'paste', text: '…' }
 */
export function submittedOf(body: Record<string, unknown>): Submitted {
  const first = (value: unknown): unknown => (Array.isArray(value) ? (value as unknown[])[0] : value);
  const file = first(body.file);
  const text = first(body.text);
  const hasFile = file instanceof File && (file.size > 0 || file.name !== '');
  const hasText = typeof text === 'string' && text.trim() !== '';
  if (hasFile && hasText) {
    return 'both';
  }
  if (hasFile) {
    return { kind: 'file', file };
  }
  return typeof text === 'string' ? { kind: 'paste', text } : null;
}

async function submit(c: Context<AppEnv>, area: Area) {
  const submitted = submittedOf(await readUpload(c));
  if (submitted === null) {
    return formPage(c, area, { error: '请选择要上传的报告文件，或粘贴报告全文。', status: 422 });
  }
  if (submitted === 'both') {
    return formPage(c, area, { error: '请只选择一种方式：上传文件，或粘贴文字。', status: 422 });
  }
  const source: CheckSource =
    submitted.kind === 'file'
      ? {
          kind: 'file',
          bytes: new Uint8Array(await submitted.file.arrayBuffer()),
          fileName: submitted.file.name,
        }
      : submitted;
  try {
    const deps = c.get('deps');
    const address = area.isStaff ? null : clientAddress(c);
    const { token } = await checkAndStoreReport(
      { ...deps, parsePool: parsePoolOf(deps) },
      source,
      deps.env.maxUploadBytes,
      address,
    );
    return c.redirect(`${area.base}/${token}`, 303);
  } catch (error) {
    if (error instanceof ReportCheckRefused) {
      const pasted = source.kind === 'paste' && source.text.length <= 200_000 ? source.text : undefined;
      const status = statusOf(error.code);
      if (status === 429 || status === 503) {
        c.header('retry-after', status === 429 ? '600' : '30');
      }
      return formPage(c, area, {
        error: error.message,
        status,
        ...(pasted === undefined ? {} : { pasted }),
      });
    }
    throw error;
  }
}

async function result(c: Context<AppEnv>, area: Area) {
  const match = RESULT_NAME.exec(c.req.param('name') ?? '');
  const token = match?.[1] ?? '';
  const format = match?.[2];
  if (!CHECK_TOKEN_PATTERN.test(token) || (format !== undefined && !isDownloadFormat(format))) {
    throw notFound('该检查结果');
  }
  const deps = c.get('deps');
  const load = async () => {
    const check = await loadReportCheck(deps, token);
    if (check === null) {
      throw new HttpError(404, `检查结果不存在或已过期（结果保存 ${CHECK_RETENTION_DAYS} 天）。`);
    }
    return check;
  };
  if (format !== undefined && isDownloadFormat(format)) {
    const check = await load();
    return sendReportDownload(
      c,
      check.report,
      format,
      `gongkai-check-${check.report.year ?? 'report'}`,
      check.findings,
    );
  }
  const body = async () => (
    <CheckResult
      check={await load()}
      base={`${area.base}/${token}`}
      againHref={area.base}
      showCodes={area.isStaff}
    />
  );
  return page(
    c,
    area,
    '年报体检结果',
    [{ label: '年报体检', href: area.base }, { label: '检查结果' }],
    body,
    { cacheable: true },
  );
}

/** Registers the public and staff checker routes. */
export const registerReportCheckRoutes: RouteModule = (app) => {
  for (const area of [PUBLIC, STAFF]) {
    app.get(area.base, (c) => formPage(c, area));
    app.post(area.base, (c) => submit(c, area));
    app.get(`${area.base}/:name`, (c) => result(c, area));
  }
};
