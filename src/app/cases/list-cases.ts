/**
 * The staff work queues and search: which organs the person may see cases of, the date window of
 * 即将到期 (≤ 5 working days left, from the calendar), one page of results with masked names.
 * Overdue and due soon are derived here from today's date — never stored.
 */
import {
  countQueues,
  listCasePage,
  QUEUE_KEYS,
  type CaseFilter,
  type QueueKey,
} from '../../db/queries/case-queue.ts';
import type { CaseRow } from '../../db/queries/cases.ts';
import { organsWhere } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { formatWorkingDate } from '../../domain/calendar/day-description.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { addWorkingDays } from '../../domain/calendar/working-days.ts';
import { isDecision } from '../../domain/case/decisions.ts';
import { DUE_SOON_WORKING_DAYS } from '../../domain/deadlines/timeliness.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';
import { loadOrganRegistry, workingOrgans, type OrganRegistry } from '../organs/load-organ-tree.ts';
import type { CaseDeps } from './case-deps.ts';
import { scopedCaseQuery } from '../../domain/search/staff-documents.ts';
import { parseStaffQuery } from '../../domain/search/staff-query.ts';

export const PAGE_SIZE = 50;

export type CaseListQuery = {
  queue?: string;
  organ?: string;
  year?: string;
  decision?: string;
  q?: string;
  page?: string;
};

export type CaseList = {
  rows: CaseRow[];
  total: number;
  page: number;
  pages: number;
  filter: CaseFilter;
  organs: { id: number; name: string }[];
  counts: Record<string, number>;
  /** True when the person works in some organ (may register applications). */
  canRegister: boolean;
  /** Today with its weekday and working-day context (「（星期六，调休上班）」). */
  todayText: string;
  /** Why the text filter cannot be searched (too long, nothing searchable): no rows are listed. */
  textError: string | null;
};

/** The organs whose cases the person may see (work there, or admin/supervisor above). */
export function visibleCaseOrgans(
  registry: OrganRegistry,
  actor: Actor | null,
): { id: number; name: string }[] {
  return workingOrgans(registry, actor).map((o) => ({ id: o.id, name: o.name }));
}

/** Today (also in words, with its working-day context) and the last day of the 即将到期 window. */
export async function dueWindow(
  deps: CaseDeps,
): Promise<{ today: LocalDate; dueSoonUntil: LocalDate; todayText: string }> {
  const today = deps.clock.today() as LocalDate;
  const calendar = await loadWorkingDayCalendar(deps.db);
  return {
    today,
    dueSoonUntil: addWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS).date,
    todayText: formatWorkingDate(calendar, today),
  };
}

/**
 * The workbench's counts of the open queues over the organs given (none: no counts).
 * @example await countCaseQueues(deps, [3, 5], await dueWindow(deps)) // { open: 12, … }
 */
export async function countCaseQueues(
  deps: CaseDeps,
  organIds: readonly number[],
  window: { today: LocalDate; dueSoonUntil: LocalDate },
): Promise<Record<string, number>> {
  return organIds.length === 0 ? {} : countQueues(deps.db, organIds, window.today, window.dueSoonUntil);
}

/** One page of a queue or search. Unknown filter values fall back to defaults (it is a GET form). */
export async function listCases(
  deps: CaseDeps,
  actor: Actor | null,
  query: CaseListQuery,
): Promise<CaseList> {
  const registry = await loadOrganRegistry(deps.db);
  const organs = visibleCaseOrgans(registry, actor);
  const chosen = organs.find((o) => String(o.id) === query.organ);
  const organIds = chosen ? [chosen.id] : organs.map((o) => o.id);
  const { todayText, ...window } = await dueWindow(deps);
  const search = parseStaffQuery(query.q);
  const year = /^(19|20)\d{2}$/.test(query.year ?? '') ? Number(query.year) : null;
  const filter: CaseFilter = {
    organIds,
    queue: (QUEUE_KEYS as readonly string[]).includes(query.queue ?? '') ? (query.queue as QueueKey) : 'open',
    year,
    decision: query.decision && isDecision(query.decision) ? query.decision : null,
    text: search?.text ?? '',
    textQuery: search?.tsquery ? scopedCaseQuery(search.tsquery, organIds) : null,
    ...window,
  };
  const page = Math.max(1, Math.min(100_000, Number(/^\d{1,6}$/.test(query.page ?? '') ? query.page : 1)));
  const textError = search?.error ?? null;
  const [{ rows, total }, counts] = await Promise.all([
    textError === null
      ? listCasePage(deps.db, filter, PAGE_SIZE, (page - 1) * PAGE_SIZE)
      : { rows: [], total: 0 },
    countQueues(deps.db, organIds, window.today, window.dueSoonUntil),
  ]);
  return {
    rows,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    filter,
    organs,
    counts,
    canRegister: organsWhere(actor, 'work.handle', registry.tree).length > 0,
    todayText,
    textError,
  };
}
