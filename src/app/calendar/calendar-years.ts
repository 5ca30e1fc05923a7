/**
 * The 工作日历 page's use cases: who may change it, and the list of years with where each came
 * from (built in, or entered by an administrator), which years are provisional, and what a
 * proposed year would change.
 */
import type { Queryable } from '../../db/db.ts';
import { listStoredArrangements, type StoredArrangement } from '../../db/queries/calendar.ts';
import { listOrgans } from '../../db/queries/organs.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { weekdayRestDays, type YearArrangement } from '../../domain/calendar/arrangements.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from '../../domain/calendar/official-arrangements.ts';

/**
 * The 放假安排 is national: only a 管理员 of a root organ (the top of an organ tree) may add or
 * replace a year. Everyone with a role may look.
 * @returns the root organ the change is recorded under, or null when the person may not change it
 */
export async function calendarEditorOrgan(db: Queryable, actor: Actor | null): Promise<number | null> {
  if (!actor || actor.mustChangePassword) {
    return null;
  }
  const adminOf = new Set(actor.roles.filter((g) => g.role === 'admin').map((g) => g.organId));
  if (adminOf.size === 0) {
    return null;
  }
  const roots = (await listOrgans(db)).filter((o) => o.parentId === null && adminOf.has(o.id));
  return roots[0]?.id ?? null;
}

/** Where a year's arrangement comes from. */
export type YearOrigin = 'official' | 'entered' | 'replaced';

/** One row of the list. */
export type CalendarYearRow = {
  arrangement: YearArrangement;
  origin: YearOrigin;
  weekdayRestCount: number;
  entered: Pick<StoredArrangement, 'enteredByName' | 'enteredAt' | 'version'> | null;
};

/** The page's data. */
export type CalendarOverview = {
  rows: CalendarYearRow[];
  /** The last year with an arrangement (null: none). */
  lastYear: number | null;
  /** Years inside the listed span that have no arrangement. */
  missingYears: number[];
};

/**
 * Every year with an arrangement, oldest first, and the gaps.
 * @example (await calendarOverview(db)).lastYear // 2026 until 2027 is entered
 */
export async function calendarOverview(db: Queryable): Promise<CalendarOverview> {
  const stored = new Map((await listStoredArrangements(db)).map((s) => [s.year, s]));
  const official = new Map(OFFICIAL_ARRANGEMENTS.map((a) => [a.year, a]));
  const years = [...new Set([...official.keys(), ...stored.keys()])].sort((a, b) => a - b);
  const rows = years.map((year): CalendarYearRow => {
    const entered = stored.get(year) ?? null;
    const arrangement = entered ?? official.get(year)!;
    const origin: YearOrigin = entered === null ? 'official' : official.has(year) ? 'replaced' : 'entered';
    return { arrangement, origin, weekdayRestCount: weekdayRestDays(arrangement).length, entered };
  });
  const first = years[0];
  const last = years[years.length - 1];
  const missingYears =
    first === undefined || last === undefined
      ? []
      : Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((y) => !years.includes(y));
  return { rows, lastYear: last ?? null, missingYears };
}

/** What saving a year would change, day by day. */
export type ArrangementChange = {
  current: YearArrangement | null;
  currentOrigin: YearOrigin | null;
  /** The stored version the preview saw (0: no stored row); the save must still find it. */
  expectedVersion: number;
  addedRest: LocalDate[];
  removedRest: LocalDate[];
  addedWork: LocalDate[];
  removedWork: LocalDate[];
};

const minus = (a: readonly LocalDate[], b: readonly LocalDate[]) => a.filter((d) => !b.includes(d));

/** Compares a proposed year with what is in force for it now. */
export async function arrangementChange(
  db: Queryable,
  proposed: YearArrangement,
): Promise<ArrangementChange> {
  const overview = await calendarOverview(db);
  const row = overview.rows.find((r) => r.arrangement.year === proposed.year) ?? null;
  const current = row?.arrangement ?? null;
  return {
    current,
    currentOrigin: row?.origin ?? null,
    expectedVersion: row?.entered?.version ?? 0,
    addedRest: minus(proposed.restDays, current?.restDays ?? []),
    removedRest: minus(current?.restDays ?? [], proposed.restDays),
    addedWork: minus(proposed.workdays, current?.workdays ?? []),
    removedWork: minus(current?.workdays ?? [], proposed.workdays),
  };
}
