/**
 * 导入表二数据 (issue 12; the import pipeline of decision 028): GET/POST
 * /staff/statistics/figures/import (page, upload), GET …/import/template.xlsx,
 * GET/POST …/import/:token (preview, confirm), GET …/import/:token/issues.csv. The token names an
 * upload stored server-side for its uploader only; every rule is in app/annual-report/figures-import.ts.
 */
import type { Context, Hono } from 'hono';
import {
  commitFiguresImport,
  figuresImportTemplate,
  figuresOrgans,
  MAX_FIGURES_SHEET_BYTES,
  previewFiguresImport,
  uploadFiguresImport,
  type FiguresImportFailure,
} from '../../app/annual-report/figures-import.ts';
import { megabytes } from '../../domain/byte-size.ts';
import { forbiddenFor, NOT_FOUND } from '../../app/failures.ts';
import { FIGURES_ROLES } from '../../app/annual-report/figures-access.ts';
import { toCsv } from '../../app/organs/csv.ts';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError, failureStatus } from '../failures.ts';
import { renderPage } from '../layout/document.tsx';
import { readUpload, uploadedFile } from '../middleware/form.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { FiguresImportPageView, FiguresImportPreviewView } from './report-figures-import-view.tsx';

const TOKEN = ':token{[A-Za-z0-9_-]{32}}';
const EXPIRED = '导入预览（可能已过期，有效期 1 小时）';

const refusal = (result: FiguresImportFailure): never => {
  throw failureError(result, { what: EXPIRED });
};

async function uploadPage(
  c: Context<AppEnv>,
  deps: AppDeps,
  error: string | null,
  status: 200 | 413 | 422 = 200,
): Promise<Response> {
  const actor = requireActor(c);
  if ((await figuresOrgans(deps.db, actor)).length === 0) {
    throw failureError(forbiddenFor(FIGURES_ROLES));
  }
  return c.html(
    renderPage(
      <FiguresImportPageView
        actor={actor}
        csrfToken={c.get('csrfToken')}
        error={error}
        megabytes={megabytes(Math.min(deps.env.maxUploadBytes, MAX_FIGURES_SHEET_BYTES))}
      />,
    ),
    status,
  );
}

async function previewPage(
  c: Context<AppEnv>,
  deps: AppDeps,
  token: string,
  warning: string | null,
  status: 200 | 422 = 200,
): Promise<Response> {
  const actor = requireActor(c);
  const preview = await previewFiguresImport(deps, actor, token);
  if (!preview.ok) {
    return refusal(preview);
  }
  return c.html(
    renderPage(
      <FiguresImportPreviewView
        actor={actor}
        csrfToken={c.get('csrfToken')}
        token={token}
        preview={preview}
        warning={warning}
      />,
    ),
    status,
  );
}

/** Mounts the import. */
export function registerReportFiguresImportRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/statistics/figures/import', (c) => uploadPage(c, deps, null));
  app.get('/staff/statistics/figures/import/template.xlsx', async (c) => {
    requireActor(c);
    return c.body((await figuresImportTemplate()) as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': contentDisposition('report-figures-template', '表二数据导入模板', 'xlsx'),
    });
  });
  app.post('/staff/statistics/figures/import', async (c) => {
    const actor = requireActor(c);
    const file = uploadedFile(await readUpload(c), 'sheet');
    if (!(file instanceof File) || file.size === 0) {
      const message =
        file instanceof File && file.name
          ? '所选文件是空的，请检查后重新选择。'
          : '请选择要导入的 .xlsx 或 .csv 文件。';
      return uploadPage(c, deps, message, 422);
    }
    const result = await uploadFiguresImport(
      deps,
      actor,
      { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name },
      deps.env.maxUploadBytes,
    );
    if (result.ok) {
      return c.redirect(`/staff/statistics/figures/import/${result.token}`, 303);
    }
    return result.kind === 'file' || result.kind === 'too_large'
      ? uploadPage(c, deps, result.message, failureStatus(result))
      : refusal(result);
  });
  app.get(`/staff/statistics/figures/import/${TOKEN}`, (c) =>
    previewPage(c, deps, c.req.param('token'), null),
  );
  app.post(`/staff/statistics/figures/import/${TOKEN}`, async (c) => {
    const token = c.req.param('token');
    const result = await commitFiguresImport(deps, requireActor(c), token);
    if (result.ok) {
      return c.redirect(`/staff/statistics/figures/import/${token}`, 303);
    }
    return result.kind === 'file' ? previewPage(c, deps, token, result.message, 422) : refusal(result);
  });
  app.get(`/staff/statistics/figures/import/${TOKEN}/issues.csv`, async (c) => {
    const preview = await previewFiguresImport(deps, requireActor(c), c.req.param('token'));
    if (!preview.ok || preview.plan === null) {
      return refusal(preview.ok ? NOT_FOUND : preview);
    }
    const rows = [
      ['行号', '列', '说明'],
      ...preview.plan.errors.map((e) => [String(e.line), e.column ?? '', e.message]),
    ];
    return c.body(new TextEncoder().encode(toCsv(rows)), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition('report-figures-issues', '表二数据导入错误清单', 'csv'),
    });
  });
}
