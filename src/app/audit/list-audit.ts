/**
 * The audit-log page's use case: the records of the organs the actor may `audit.view`
 * (管理员 and 上级监督 of a subtree), filtered and paged. An organ filter outside those organs
 * is refused, not silently widened.
 */
import type { Queryable } from '../../db/db.ts';
import { auditFacets, searchAudit, type AuditRow } from '../../db/queries/audit-search.ts';
import { isWithin, organsWhere } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { loadOrganScope, organsInTreeOrder, type OrganScope } from '../identity/organ-scope.ts';

/** Records per page. */
export const AUDIT_PAGE_SIZE = 50;

/** The filters of the audit-log page (ids and codes only). */
export type AuditQuery = {
  organId: number | null;
  action: string | null;
  entity: string | null;
  actorId: number | null;
  /** 北京时间 dates YYYY-MM-DD, inclusive. */
  fromDate: string | null;
  toDate: string | null;
  page: number;
};

/** One page of records with what the filter form needs, or a refusal. */
export type AuditPage =
  | { ok: false; reason: 'forbidden' }
  | {
      ok: true;
      rows: AuditRow[];
      total: number;
      page: number;
      pageCount: number;
      scope: OrganScope;
      organs: Array<{ id: number; name: string; depth: number }>;
      facets: Awaited<ReturnType<typeof auditFacets>>;
    };

/** Start of a 北京时间 day as an instant. */
const beijingMidnight = (date: string, plusDays = 0) =>
  new Date(Date.parse(`${date}T00:00:00+08:00`) + plusDays * 86_400_000);

/** Lists audit records for the actor. */
export async function listAudit(db: Queryable, actor: Actor, query: AuditQuery): Promise<AuditPage> {
  const scope = await loadOrganScope(db);
  const visible = organsWhere(actor, 'audit.view', scope.tree);
  if (visible.length === 0 || (query.organId !== null && !visible.includes(query.organId))) {
    return { ok: false, reason: 'forbidden' };
  }
  const seesAll = visible.length === scope.tree.parentOf.size;
  const organIds =
    query.organId === null ? visible : visible.filter((id) => isWithin(scope.tree, id, query.organId!));
  const filter = {
    organIds,
    includeNoOrgan: seesAll && query.organId === null,
    action: query.action,
    entity: query.entity,
    actorId: query.actorId,
    from: query.fromDate ? beijingMidnight(query.fromDate) : null,
    until: query.toDate ? beijingMidnight(query.toDate, 1) : null,
  };
  const page = Math.max(1, query.page);
  const { rows, total } = await searchAudit(db, filter, AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE);
  const visibleSet = new Set(visible);
  return {
    ok: true,
    rows,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    scope,
    organs: organsInTreeOrder(scope.organs).filter((o) => visibleSet.has(o.id)),
    facets: await auditFacets(db, visible, seesAll),
  };
}
