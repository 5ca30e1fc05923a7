/**
 * The district (or city) report (issue 12, "The district report"; decision 038): tables summed over
 * the included organs — a recorded choice among the 主管部门's organ and the organs below it — each
 * organ counted from its published report of the year when there is one (published on the platform,
 * or imported: what the public saw), else from its records; the drafting organ itself always from
 * its records (its own published report of the year is this roll-up). The 主动公开 counts and fees
 * come from the records of all of them; the prose is said of the whole area (「全区共收到…」) and
 * names the organs summed; the checker's findings use the district's own last report.
 */
import { listReportStatusRows } from '../../db/queries/annual-report-records.ts';
import { listReportsOfOrgans, type OrganReportRow } from '../../db/queries/annual-report-rollup.ts';
import { findAnnualReport } from '../../db/queries/annual-reports.ts';
import { findOrganBySlug } from '../../db/queries/organs.ts';
import { isWithin } from '../../domain/access/policy.ts';
import type { YearBasis } from '../../domain/annual-report/documents-table.ts';
import type { DraftFacts, NamedCount } from '../../domain/annual-report/draft-facts.ts';
import { reportDeadline, reportTimeliness } from '../../domain/annual-report/report-deadline.ts';
import {
  areaWord,
  memberStanding,
  ROLLUP_GROUPS,
  rollupGroup,
  type RollupFigures,
  type RollupMember,
} from '../../domain/annual-report/rollup-members.ts';
import { districtProse } from '../../domain/annual-report/rollup-prose.ts';
import { rollUp, type BlankCell, type RollupPart } from '../../domain/annual-report/rollup.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { TOTAL_COLUMN } from '../../domain/report/layout.ts';
import { invalid, NOT_FOUND, type Result } from '../failures.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import { draftYearRefusal } from './assemble-draft.ts';
import { finishDraft, type FinishedDraft } from './finish-draft.ts';
import { organsFacts, type DraftDeps } from './organ-facts.ts';

export type AssembledRollup = FinishedDraft & {
  organ: Organ;
  /** The included organs in the editor's group order, with where each one's figures came from. */
  members: RollupMember[];
  blanks: BlankCell[];
};

/** Most organs a roll-up sums (a 地级市 with its districts' departments stays well below). */
export const MAX_ROLLUP_ORGANS = 2000;

/** Adds up named counts (columns of the same name across organs). */
function mergeCounts(lists: readonly (readonly NamedCount[])[]): NamedCount[] {
  const sums = new Map<string, number>();
  for (const { name, count } of lists.flat()) {
    sums.set(name, (sums.get(name) ?? 0) + count);
  }
  return [...sums].map(([name, count]) => ({ name, count }));
}

/** The district's facts: the summed tables, and the records' counts added up. */
function districtFacts(
  organ: Organ,
  year: number,
  sum: ReturnType<typeof rollUp>,
  facts: readonly DraftFacts[],
  previousNewlyReceived: number | null,
): DraftFacts {
  const total = (read: (f: DraftFacts) => number | undefined) =>
    facts.reduce((n, f) => n + (read(f) ?? 0), 0);
  return {
    organ: organ.name,
    year,
    proactive: sum.proactive,
    applications: sum.applications,
    reviewLitigation: sum.reviewLitigation,
    previousNewlyReceived,
    publishing: {
      published: total((f) => f.publishing?.published),
      byColumn: mergeCounts(facts.map((f) => f.publishing?.byColumn ?? [])),
      interpretations: mergeCounts(facts.map((f) => f.publishing?.interpretations ?? [])),
      gazetteIssues: total((f) => f.publishing?.gazetteIssues),
    },
    fees: {
      collectedYuan: total((f) => f.fees?.collectedYuan),
      applications: total((f) => f.fees?.applications),
    },
  };
}

/** Where an included organ's figures come from: a 2021-format report it published, else records. */
function figuresOf(member: Organ, rootId: number, stored: OrganReportRow | undefined): RollupFigures {
  if (member.id === rootId || stored === undefined || stored.report.format !== '2021') {
    return 'records';
  }
  return stored.itemId === null ? 'imported' : 'published';
}

/**
 * @param included organ ids to sum (each the organ or below it); null: the whole subtree
 */
export async function assembleRollup(
  deps: DraftDeps,
  organId: number,
  year: number,
  yearBasis: YearBasis = 'written',
  included: readonly number[] | null = null,
): Promise<Result<AssembledRollup, 'invalid' | 'not_found'>> {
  const registry = await loadOrganRegistry(deps.db);
  const organ = registry.byId.get(organId);
  if (organ === undefined) {
    return NOT_FOUND;
  }
  const refusal = draftYearRefusal(year, deps.clock.today());
  if (refusal !== null) {
    return refusal;
  }
  const subtree = registry.organs.filter((o) => isWithin(registry.tree, o.id, organ.id));
  const wanted = new Set(included ?? subtree.map((o) => o.id));
  if ([...wanted].some((id) => !subtree.some((o) => o.id === id)) || wanted.size > MAX_ROLLUP_ORGANS) {
    return invalid({ included: '所选单位须是本机关及其下属单位。' });
  }
  if (wanted.size === 0) {
    return invalid({ included: '请至少选择一个单位。' });
  }
  const group = (o: Organ) => rollupGroup(o, organ.id);
  const chosen = subtree
    .filter((o) => wanted.has(o.id))
    .sort((a, b) => ROLLUP_GROUPS.indexOf(group(a)) - ROLLUP_GROUPS.indexOf(group(b)));
  const ids = chosen.map((o) => o.id);
  const [reports, standings, factsOf, last] = await Promise.all([
    listReportsOfOrgans(deps.db, ids, year),
    listReportStatusRows(deps.db, ids, year),
    organsFacts(deps, chosen, year, yearBasis),
    findAnnualReport(deps.db, organ.id, year - 1),
  ]);
  const reportOf = new Map(reports.map((r) => [r.organId, r]));
  const standingOf = new Map(standings.map((s) => [s.organId, s]));
  const today = deps.clock.today() as LocalDate;
  const members: RollupMember[] = [];
  const parts: RollupPart[] = [];
  const facts: DraftFacts[] = [];
  for (const member of chosen) {
    const own = factsOf.get(member.id)!.facts;
    const stored = reportOf.get(member.id);
    const figures = figuresOf(member, organ.id, stored);
    const status = standingOf.get(member.id);
    const publishedOn = status?.publishedOn ?? null;
    members.push({
      organId: member.id,
      name: member.name,
      group: group(member),
      figures,
      publishedOn: figures === 'records' ? null : (stored?.publishedOn ?? null),
      standing: memberStanding(
        publishedOn,
        (status?.itemStatus ?? null) !== null,
        reportTimeliness(reportDeadline(member, year, {}).due, publishedOn, today),
      ),
    });
    const tables =
      figures !== 'records' && stored?.report.format === '2021'
        ? stored.report
        : finishDraft(own, null).report;
    parts.push({ organ: member.name, report: tables });
    facts.push(own);
  }
  const sum = rollUp(parts);
  const previous = last?.report.applications?.newlyReceived[TOTAL_COLUMN] ?? null;
  const finished = finishDraft(
    districtFacts(organ, year, sum, facts, previous),
    last?.report ?? null,
    (prose) => districtProse(prose, { year, organ: organ.name, area: areaWord(organ), members }),
  );
  return { ok: true, organ, members, blanks: sum.blanks, ...finished };
}

/** The same, for the organ with a URL slug (the CLI's `--organ … --rollup`), over its whole subtree. */
export async function assembleRollupBySlug(
  deps: DraftDeps,
  slug: string,
  year: number,
  yearBasis: YearBasis = 'written',
): Promise<Result<AssembledRollup, 'invalid' | 'not_found'>> {
  const organ = await findOrganBySlug(deps.db, slug);
  return organ === null ? NOT_FOUND : assembleRollup(deps, organ.id, year, yearBasis);
}
