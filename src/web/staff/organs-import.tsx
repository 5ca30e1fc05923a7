/**
 * 批量导入机构: GET/POST /staff/organs/import (upload), GET /staff/organs/import/:token (preview),
 * POST /staff/organs/import/:token (confirm, with the preview's fingerprint). The token refers to
 * the parsed file stored server-side for its uploader only; the confirmation writes everything
 * or nothing.
 */
import type { Context, Hono } from 'hono';
import { megabytes } from '../../domain/byte-size.ts';
import { commitOrganImport } from '../../app/organs/commit-organ-import.ts';
import { loadOrganRegistry } from '../../app/organs/load-organ-tree.ts';
import {
  canImportOrgans,
  previewOrganImport,
  uploadOrganImport,
} from '../../app/organs/preview-organ-import.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { forbidden, notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { failureError, failureStatus } from '../failures.ts';
import { formText, readForm, readUpload, uploadedFile } from '../middleware/form.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { ImportPreviewView, ImportUploadView } from './organs-import-view.tsx';

const TOKEN = ':token{[A-Za-z0-9_-]{32}}';

/** Registers the import routes. */
export function registerOrganImportRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const renderUpload = async (c: Context<AppEnv>, error: string | null, status: 200 | 413 | 422 = 200) => {
    const actor = requireActor(c);
    if (!canImportOrgans(actor, (await loadOrganRegistry(deps.db)).tree)) {
      throw forbidden();
    }
    return c.html(
      renderPage(
        <ImportUploadView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          error={error}
          maxMegabytes={megabytes(deps.env.maxUploadBytes)}
        />,
      ),
      status,
    );
  };

  const renderPreview = async (
    c: Context<AppEnv>,
    token: string,
    warning: string | null,
    status: 200 | 409 | 422 = 200,
  ) => {
    const actor = requireActor(c);
    const preview = await previewOrganImport(deps, actor, token);
    if (!preview.ok) {
      throw notFound('导入预览（可能已过期，有效期 1 小时）');
    }
    return c.html(
      renderPage(
        <ImportPreviewView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          token={token}
          preview={preview}
          warning={warning}
        />,
      ),
      status,
    );
  };

  app.get('/staff/organs/import', (c) => renderUpload(c, null));

  app.post('/staff/organs/import', async (c) => {
    const actor = requireActor(c);
    const file = uploadedFile(await readUpload(c), 'file');
    if (!(file instanceof File) || file.size === 0) {
      return renderUpload(
        c,
        file instanceof File && file.name
          ? '所选文件是空的，请检查后重新选择。'
          : '请选择要导入的 .xlsx 或 .csv 文件。',
        422,
      );
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await uploadOrganImport(deps, actor, {
      bytes,
      fileName: file.name,
      maxBytes: deps.env.maxUploadBytes,
    });
    if (result.ok) {
      return c.redirect(`/staff/organs/import/${result.token}`, 303);
    }
    if (result.kind === 'forbidden') {
      throw failureError(result);
    }
    return renderUpload(c, result.message, failureStatus(result));
  });

  app.get(`/staff/organs/import/${TOKEN}`, (c) => renderPreview(c, c.req.param('token'), null));

  app.post(`/staff/organs/import/${TOKEN}`, async (c) => {
    const actor = requireActor(c);
    const token = c.req.param('token');
    const form = await readForm(c);
    const result = await commitOrganImport(deps, actor, token, formText(form, 'fingerprint'));
    if (result.ok) {
      const written = result.counts.create + result.counts.update;
      return c.redirect(
        result.isAlreadyCommitted ? `/staff/organs/import/${token}` : `/staff/organs?imported=${written}`,
        303,
      );
    }
    switch (result.kind) {
      case 'stale':
        return renderPreview(
          c,
          token,
          '预览之后机构数据已发生变化（可能有人同时修改了机构），没有写入任何内容。请核对下面重新生成的预览后再确认。',
          failureStatus(result),
        );
      case 'file':
        return renderPreview(c, token, result.message, failureStatus(result));
      case 'not_found':
        throw failureError(result, { what: '导入预览（可能已过期，有效期 1 小时）' });
    }
  });
}
