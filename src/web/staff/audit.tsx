/**
 * GET /staff/audit: the audit records of the organs the actor may `audit.view`, filtered by
 * organ (with its subtree), action, entity, person and date range, newest first, 50 a page.
 * Filters are ids and codes in the query string — never names (no personal data in URLs).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { listAudit, type AuditQuery } from '../../app/audit/list-audit.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { forbidden, HttpError } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { queryParam, queryParams } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { AuditView } from './audit-view.tsx';

const optionalId = z
  .string()
  .regex(/^([1-9][0-9]{0,8})?$/)
  .optional()
  .transform((v) => (v ? Number(v) : null));
const optionalCode = z
  .string()
  .regex(/^([a-z_]+(\.[a-z_]+)*)?$/)
  .max(64)
  .optional()
  .transform((v) => v || null);
const optionalDate = z
  .union([z.literal(''), z.iso.date()])
  .optional()
  .transform((v) => v || null);

const AuditQuerySchema = z.object({
  organ: optionalId,
  action: optionalCode,
  entity: optionalCode,
  actor: optionalId,
  from: optionalDate,
  to: optionalDate,
  page: z
    .string()
    .regex(/^([1-9][0-9]{0,5})?$/)
    .optional()
    .transform((v) => (v ? Number(v) : 1)),
});

/** Registers the audit-log page. */
export function registerAuditRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/audit', async (c) => {
    const actor = requireActor(c);
    const parsed = AuditQuerySchema.safeParse(queryParams(c));
    if (!parsed.success) {
      throw new HttpError(400, '筛选条件无效，请在页面上重新选择。');
    }
    const p = parsed.data;
    const query: AuditQuery = {
      organId: p.organ,
      action: p.action,
      entity: p.entity,
      actorId: p.actor,
      fromDate: p.from,
      toDate: p.to,
      page: p.page,
    };
    const isReversed = query.fromDate !== null && query.toDate !== null && query.fromDate > query.toDate;
    const result = await listAudit(
      deps.db,
      actor,
      isReversed ? { ...query, fromDate: query.toDate, toDate: query.fromDate } : query,
    );
    if (!result.ok) {
      throw forbidden();
    }
    const keep = new URLSearchParams();
    for (const key of ['organ', 'action', 'entity', 'actor', 'from', 'to'] as const) {
      const value = queryParam(c, key);
      if (value) {
        keep.set(key, value);
      }
    }
    return c.html(
      renderPage(
        <AuditView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          query={query}
          queryString={keep.toString()}
          rows={result.rows}
          total={result.total}
          page={result.page}
          pageCount={result.pageCount}
          nameOf={result.scope.nameOf}
          organs={result.organs}
          facets={result.facets}
          error={isReversed ? '开始日期晚于结束日期，已按调换后的日期范围显示。' : null}
        />,
      ),
    );
  });
}
