/**
 * 台账 (the case ledger in Excel): GET/POST /staff/cases/ledger (the page, the upload),
 * GET /staff/cases/ledger/template.xlsx, GET/POST /staff/cases/ledger/:token (preview, confirm),
 * GET /staff/cases/ledger/:token/issues.csv (every error and remark), GET /staff/cases/export?…
 * (the download, streamed). The token names an upload stored server-side for its uploader only;
 * no personal data ever goes into a URL. Every rule is checked in the use cases (app/cases/ledger).
 */
import type { Context, Hono } from 'hono';
import { megabytes } from '../../domain/byte-size.ts';
import { commitLedgerImport } from '../../app/cases/ledger/commit-ledger-import.ts';
import { exportCaseLedger } from '../../app/cases/ledger/export-case-ledger.ts';
import { ledgerTemplate } from '../../app/cases/ledger/ledger-template.ts';
import {
  importableOrgans,
  previewLedgerImport,
  uploadLedgerImport,
  type LedgerFailure,
} from '../../app/cases/ledger/preview-ledger-import.ts';
import { MAX_LEDGER_BYTES } from '../../app/cases/ledger/read-ledger-file.ts';
import { canViewCase } from '../../app/cases/case-access.ts';
import { loadOrganRegistry } from '../../app/organs/load-organ-tree.ts';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { forbidden } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { failureError, failureStatus } from '../failures.ts';
import { NOT_FOUND } from '../../app/failures.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { LedgerPageView } from './cases-ledger-view.tsx';
import { importIssuesCsv } from './import-issues.tsx';
import { LedgerPreviewView } from './cases-ledger-preview-view.tsx';
import { readUpload, uploadedFile } from '../middleware/form.ts';
import { queryParams } from '../middleware/query.ts';

const TOKEN = ':token{[A-Za-z0-9_-]{32}}';
const EXPIRED = '导入预览（可能已过期，有效期 1 小时）';

function refusal(result: LedgerFailure): never {
  throw failureError(result, { what: EXPIRED });
}

type Renderers = {
  page: (
    c: Context<AppEnv>,
    errors: Record<string, string>,
    organId: number | null,
    status?: 200 | 403 | 413 | 422,
  ) => Promise<Response>;
  preview: (
    c: Context<AppEnv>,
    token: string,
    warning: string | null,
    status?: 200 | 409 | 422,
  ) => Promise<Response>;
};

function renderers(deps: AppDeps, maxBytes: number): Renderers {
  return {
    page: async (c, errors, organId, status = 200) => {
      const actor = requireActor(c);
      const registry = await loadOrganRegistry(deps.db);
      const importOrgans = await importableOrgans(deps.db, actor);
      const exportOrgans = registry.organs.filter((o) => canViewCase(actor, o.id, registry.tree));
      if (importOrgans.length === 0 && exportOrgans.length === 0) {
        throw forbidden();
      }
      const page = (
        <LedgerPageView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          importOrgans={importOrgans}
          exportOrgans={exportOrgans}
          errors={errors}
          organId={organId}
          maxMegabytes={megabytes(maxBytes)}
          thisYear={Number(deps.clock.today().slice(0, 4))}
        />
      );
      return c.html(renderPage(page), status);
    },
    preview: async (c, token, warning, status = 200) => {
      const actor = requireActor(c);
      const preview = await previewLedgerImport(deps, actor, token);
      if (!preview.ok) {
        return refusal(preview);
      }
      return c.html(
        renderPage(
          <LedgerPreviewView
            actor={actor}
            csrfToken={c.get('csrfToken')}
            token={token}
            preview={preview}
            warning={warning}
          />,
        ),
        status,
      );
    },
  };
}

/** The upload: read the form → one use case → the preview, or the page again with the reason. */
function registerUpload(app: Hono<AppEnv>, deps: AppDeps, render: Renderers, maxBytes: number): void {
  app.post('/staff/cases/ledger', async (c) => {
    const actor = requireActor(c);
    const body = await readUpload(c);
    const organText = typeof body.organId === 'string' ? body.organId : '';
    const organId = /^[1-9]\d{0,8}$/.test(organText) ? Number(organText) : null;
    const file = uploadedFile(body, 'file');
    if (!(file instanceof File) || file.size === 0) {
      return render.page(
        c,
        {
          file:
            file instanceof File && file.name
              ? '所选文件是空的，请检查后重新选择。'
              : '请选择要导入的 .xlsx 或 .csv 文件。',
        },
        organId,
        422,
      );
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await uploadLedgerImport(deps, actor, { bytes, fileName: file.name, organId, maxBytes });
    if (result.ok) {
      return c.redirect(`/staff/cases/ledger/${result.token}`, 303);
    }
    switch (result.kind) {
      case 'file':
      case 'too_large':
        return render.page(c, { file: result.message }, organId, failureStatus(result));
      case 'invalid':
        return render.page(c, result.errors, organId, failureStatus(result));
      case 'forbidden':
        return render.page(
          c,
          { organId: '您不能向该机关导入案件（需要在该机关办理依申请公开的权限）。' },
          null,
          failureStatus(result),
        );
      case 'not_found':
        throw failureError(result, { what: EXPIRED });
    }
  });
}

/** The preview, its confirmation and its list of problems. */
function registerPreview(app: Hono<AppEnv>, deps: AppDeps, render: Renderers): void {
  app.get(`/staff/cases/ledger/${TOKEN}`, (c) => render.preview(c, c.req.param('token'), null));

  app.post(`/staff/cases/ledger/${TOKEN}`, async (c) => {
    const token = c.req.param('token');
    const result = await commitLedgerImport(deps, requireActor(c), token);
    if (result.ok) {
      return c.redirect(`/staff/cases/ledger/${token}`, 303);
    }
    return result.kind === 'file'
      ? render.preview(c, token, result.message, failureStatus(result))
      : refusal(result);
  });

  app.get(`/staff/cases/ledger/${TOKEN}/issues.csv`, async (c) => {
    const preview = await previewLedgerImport(deps, requireActor(c), c.req.param('token'));
    if (!preview.ok || preview.plan === null) {
      return refusal(preview.ok ? NOT_FOUND : preview);
    }
    const { errors, notes } = preview.plan;
    return c.body(importIssuesCsv(errors, notes), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition('case-ledger-issues', '台账导入错误清单', 'csv'),
    });
  });
}

/** The template and the export (streamed). */
function registerDownloads(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/cases/ledger/template.xlsx', async (c) => {
    requireActor(c);
    return c.body((await ledgerTemplate()) as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': contentDisposition('case-ledger-template', '依申请公开台账模板', 'xlsx'),
    });
  });

  app.get('/staff/cases/export', async (c) => {
    const result = await exportCaseLedger(deps, requireActor(c), queryParams(c));
    if (!result.ok) {
      return refusal(result);
    }
    const { download } = result;
    return c.body(download.body, 200, {
      'content-type': download.contentType,
      'content-disposition': contentDisposition(download.asciiName, download.fileName, download.extension),
      'cache-control': 'no-store',
    });
  });
}

/**
 * Registers the ledger routes (a RouteModule).
 * @example ROUTE_MODULES = [..., registerCaseRoutes, registerCaseLedgerRoutes, ...]
 */
export function registerCaseLedgerRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const maxBytes = Math.min(deps.env.maxUploadBytes, MAX_LEDGER_BYTES);
  const render = renderers(deps, maxBytes);
  app.get('/staff/cases/ledger', (c) => render.page(c, {}, null));
  registerDownloads(app, deps);
  registerUpload(app, deps, render, maxBytes);
  registerPreview(app, deps, render);
}
