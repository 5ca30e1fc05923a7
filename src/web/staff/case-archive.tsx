/**
 * GET /staff/cases/:id/archive.zip — the case file (卷宗) as one ZIP (app/cases/export-case-archive.ts).
 * A case the person may not see answers 404 like an unknown id. The archive holds personal data:
 * never cached, audited by the use case.
 */
import type { Hono } from 'hono';
import { exportCaseArchive } from '../../app/cases/export-case-archive.ts';
import { parseCaseId } from '../../app/cases/load-case.ts';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import { requireActor } from '../middleware/staff-guard.ts';

/** Mounts the archive download. */
export function registerCaseArchiveRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/cases/:id{[1-9][0-9]{0,14}}/archive.zip', async (c) => {
    const actor = requireActor(c);
    const caseId = parseCaseId(c.req.param('id'));
    const result = caseId === null ? null : await exportCaseArchive(deps, actor, caseId);
    if (!result?.ok) {
      throw notFound('案件');
    }
    const { archive } = result;
    return c.body(archive.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/zip',
      'content-disposition': contentDisposition(archive.asciiName, archive.fileName, 'zip'),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });
}
