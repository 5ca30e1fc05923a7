/**
 * 导入已有网站的信息 (the case ledger import's pattern): GET/POST /staff/items/import (the page, the
 * upload of the catalogue sheet and the ZIP), GET /staff/items/import/template.xlsx,
 * GET/POST /staff/items/import/:token (preview, confirm), GET /staff/items/import/:token/issues.csv.
 * The token names an upload stored server-side for its uploader only. Every rule is checked in the
 * use cases (app/publishing/import).
 */
import type { Context, Hono } from 'hono';
import { megabytes } from '../../domain/byte-size.ts';
import { commitItemImport } from '../../app/publishing/import/commit-item-import.ts';
import { itemImportTemplate } from '../../app/publishing/import/item-import-template.ts';
import {
  itemImportOrgans,
  MAX_ITEM_SHEET_BYTES,
  previewItemImport,
  uploadItemImport,
  type ItemImportFailure,
} from '../../app/publishing/import/preview-item-import.ts';
import {
  MAX_IMPORT_ZIP_BYTES,
  MAX_IMPORT_ZIP_FILES,
} from '../../app/publishing/import/read-import-archive.ts';
import { MAX_ITEM_FILE_BYTES } from '../../app/publishing/item-files.ts';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import { NOT_FOUND } from '../../app/failures.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError, failureStatus } from '../failures.ts';
import { forbidden } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { readUpload, uploadedFile } from '../middleware/form.ts';
import { queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { importIssuesCsv } from './import-issues.tsx';
import { ItemImportPreviewView } from './items-import-preview-view.tsx';
import { ItemImportPageView } from './items-import-view.tsx';

const TOKEN = ':token{[A-Za-z0-9_-]{32}}';
const EXPIRED = '导入预览（可能已过期，有效期 1 小时）';

function refusal(result: ItemImportFailure): never {
  throw failureError(result, { what: EXPIRED });
}

const organIdOf = (text: string | undefined) =>
  text !== undefined && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null;

async function renderUploadPage(
  c: Context<AppEnv>,
  deps: AppDeps,
  errors: Record<string, string>,
  organId: number | null,
  status: 200 | 403 | 413 | 422 = 200,
): Promise<Response> {
  const actor = requireActor(c);
  const organs = await itemImportOrgans(deps.db, actor);
  if (organs.length === 0) {
    throw forbidden();
  }
  const maxBytes = deps.env.maxUploadBytes;
  const page = (
    <ItemImportPageView
      actor={actor}
      csrfToken={c.get('csrfToken')}
      organs={organs}
      errors={errors}
      organId={organId}
      limits={{
        sheetMegabytes: megabytes(Math.min(maxBytes, MAX_ITEM_SHEET_BYTES)),
        zipMegabytes: megabytes(Math.min(maxBytes, MAX_IMPORT_ZIP_BYTES)),
        zipFiles: MAX_IMPORT_ZIP_FILES,
        fileMegabytes: megabytes(MAX_ITEM_FILE_BYTES),
      }}
    />
  );
  return c.html(renderPage(page), status);
}

async function renderPreview(
  c: Context<AppEnv>,
  deps: AppDeps,
  token: string,
  warning: string | null,
  status: 200 | 409 | 422 = 200,
): Promise<Response> {
  const actor = requireActor(c);
  const preview = await previewItemImport(deps, actor, token);
  if (!preview.ok) {
    return refusal(preview);
  }
  return c.html(
    renderPage(
      <ItemImportPreviewView
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

const fileOf = async (file: File | undefined) =>
  file instanceof File && file.size > 0
    ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }
    : null;

function registerUpload(app: Hono<AppEnv>, deps: AppDeps): void {
  app.post('/staff/items/import', async (c) => {
    const actor = requireActor(c);
    const body = await readUpload(c);
    const organId = organIdOf(typeof body.organId === 'string' ? body.organId : undefined);
    const sheetFile = uploadedFile(body, 'sheet');
    const sheet = await fileOf(sheetFile);
    if (sheet === null) {
      const message =
        sheetFile instanceof File && sheetFile.name
          ? '所选目录文件是空的，请检查后重新选择。'
          : '请选择要导入的目录（.xlsx 或 .csv 文件）。';
      return renderUploadPage(c, deps, { sheet: message }, organId, 422);
    }
    const archive = await fileOf(uploadedFile(body, 'archive'));
    const result = await uploadItemImport(deps, actor, {
      sheet,
      archive,
      organId,
      maxBytes: deps.env.maxUploadBytes,
    });
    if (result.ok) {
      return c.redirect(`/staff/items/import/${result.token}`, 303);
    }
    switch (result.kind) {
      case 'file':
      case 'too_large': {
        const field = result.message.includes('ZIP') ? 'archive' : 'sheet';
        return renderUploadPage(c, deps, { [field]: result.message }, organId, failureStatus(result));
      }
      case 'invalid':
        return renderUploadPage(c, deps, result.errors, organId, failureStatus(result));
      case 'forbidden':
        return renderUploadPage(
          c,
          deps,
          { organId: '您不能向该机关导入信息（需要该机关的领导或管理员角色）。' },
          null,
          failureStatus(result),
        );
      case 'not_found':
        throw failureError(result, { what: EXPIRED });
    }
  });
}

function registerPreview(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get(`/staff/items/import/${TOKEN}`, (c) => renderPreview(c, deps, c.req.param('token'), null));

  app.post(`/staff/items/import/${TOKEN}`, async (c) => {
    const token = c.req.param('token');
    const result = await commitItemImport(deps, requireActor(c), token);
    if (result.ok) {
      return c.redirect(`/staff/items/import/${token}`, 303);
    }
    return result.kind === 'file'
      ? renderPreview(c, deps, token, result.message, failureStatus(result))
      : refusal(result);
  });

  app.get(`/staff/items/import/${TOKEN}/issues.csv`, async (c) => {
    const preview = await previewItemImport(deps, requireActor(c), c.req.param('token'));
    if (!preview.ok || preview.plan === null) {
      return refusal(preview.ok ? NOT_FOUND : preview);
    }
    const { errors, warnings } = preview.plan;
    return c.body(importIssuesCsv(errors, warnings), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition('item-import-issues', '信息导入错误清单', 'csv'),
    });
  });
}

/**
 * Registers the item import routes (a RouteModule).
 * @example ROUTE_MODULES = [..., registerItemImportRoutes, registerItemStepRoutes, ...]
 */
export function registerItemImportRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/items/import', (c) => renderUploadPage(c, deps, {}, organIdOf(queryParam(c, 'organ'))));
  app.get('/staff/items/import/template.xlsx', async (c) => {
    requireActor(c);
    return c.body((await itemImportTemplate()) as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': contentDisposition('item-import-template', '主动公开信息导入模板', 'xlsx'),
    });
  });
  registerUpload(app, deps);
  registerPreview(app, deps);
}
