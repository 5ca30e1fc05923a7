/**
 * 主动公开 › 信息: the organs the person works in (or supervises), their items by status tab, and the
 * 第二十六条 list — unpublished items whose 20 working days from 形成或变更 are running out or over.
 */
import { countItemsByStatus, listStaffItems, type ItemLine } from '../../db/queries/publishing/item-lists.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import {
  publicationDeadline,
  type PublicationDeadline,
} from '../../domain/publishing/publication-deadline.ts';
import { isOneOf, ITEM_STATUSES, type ItemStatus } from '../../domain/publishing/vocabulary.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';
import type { AppDeps } from '../deps.ts';
import { loadOrganRegistry, pickWorkingOrgan } from '../organs/load-organ-tree.ts';
import { mayImportItems } from './import/import-access.ts';
import { beijingDate } from './publish-item.ts';
import {
  readStaffItemSearch,
  searchStatuses,
  STAFF_ITEM_LIMIT,
  type StaffItemSearch,
} from '../search-staff/staff-item-search.ts';

export const ITEM_TABS = ['due', ...ITEM_STATUSES] as const;
export type ItemTab = (typeof ITEM_TABS)[number];

export type ItemsPage = {
  organs: Organ[];
  organ: Organ | null;
  tab: ItemTab;
  counts: Record<string, number>;
  lines: (ItemLine & { deadline: PublicationDeadline | null })[];
  canDraft: boolean;
  /** The organ's 管理员 may change its publishing settings. */
  canManageSettings: boolean;
  /** May import an existing site's items into this organ (领导 or 管理员). */
  canImport: boolean;
  /** The text search over every status (decision 036), when a text was typed. */
  search: StaffItemSearch | null;
};

const UNPUBLISHED: ItemStatus[] = ['draft', 'inReview', 'inSigning', 'scheduled'];

/**
 * The page for `organId` (default: the first organ) and `tab` (default: 草稿); with a `text`, the
 * items of every status matching it instead of the tab's.
 */
export async function listItemsFor(
  deps: AppDeps,
  actor: Actor,
  organText: string | undefined,
  tabText: string | undefined,
  text?: string,
): Promise<ItemsPage> {
  const registry = await loadOrganRegistry(deps.db);
  const { organs, organ } = pickWorkingOrgan(registry, actor, organText);
  const tab: ItemTab = isOneOf(ITEM_TABS, tabText) ? tabText : 'due';
  if (organ === null) {
    return {
      organs,
      organ,
      tab,
      counts: {},
      lines: [],
      canDraft: false,
      canManageSettings: false,
      canImport: false,
      search: null,
    };
  }
  const search = readStaffItemSearch(text);
  const counts = await countItemsByStatus(deps.db, organ.id);
  const calendar = await loadWorkingDayCalendar(deps.db);
  const today = deps.clock.today() as LocalDate;
  const withDeadline = (line: ItemLine) => ({
    ...line,
    deadline:
      line.status === 'withdrawn'
        ? null
        : publicationDeadline(
            calendar,
            line.formedOn as LocalDate,
            line.publishedAt === null ? null : beijingDate(line.publishedAt),
            today,
          ),
  });
  const tabStatuses = tab === 'due' ? UNPUBLISHED : [tab];
  const statuses = search !== null ? searchStatuses(search) : tabStatuses;
  const found = await listStaffItems(deps.db, organ.id, statuses, STAFF_ITEM_LIMIT, search?.tsquery ?? null);
  const lines = found.map(withDeadline);
  // the 第二十六条 count is the tab's, searching or not
  const tabLines =
    search === null ? lines : (await listStaffItems(deps.db, organ.id, tabStatuses)).map(withDeadline);
  const shown =
    tab === 'due' && search === null
      ? lines.filter((l) => l.deadline !== null && l.deadline.state !== 'onTime')
      : lines;
  const roles = actor.roles.filter((g) => g.organId === organ.id).map((g) => g.role);
  return {
    organs,
    organ,
    tab,
    counts: {
      ...counts,
      due: tabLines.filter((l) => l.deadline !== null && ['dueSoon', 'overdue'].includes(l.deadline.state))
        .length,
    },
    lines: shown,
    canDraft:
      can(actor, 'work.handle', organ.id, registry.tree) &&
      roles.some((r) => r === 'handler' || r === 'admin'),
    canManageSettings: can(actor, 'organ.manage', organ.id, registry.tree),
    canImport: mayImportItems(actor, organ.id),
    search,
  };
}
