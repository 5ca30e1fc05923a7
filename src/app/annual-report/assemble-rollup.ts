/**
 * The district (or city) report (issue 12, "The district report"): tables summed over the included
 * organs — by default the 主管部门's organ and every organ below it — each organ counted from its
 * published report of the year when there is one (imported or published on the platform: what
 * the public saw), else from its records; the 主动公开 counts and fees from the records of all of
 * them; prose drafted from the sums; the checker's findings with the district's own last report.
 */
import { findAnnualReport } from '../../db/queries/annual-reports.ts';
import { findOrganBySlug } from '../../db/queries/organs.ts';
import type { YearBasis } from '../../domain/annual-report/documents-table.ts';
import type { DraftFacts, NamedCount } from '../../domain/annual-report/draft-facts.ts';
import { rollUp, type BlankCell, type RollupPart } from '../../domain/annual-report/rollup.ts';
import { isWithin } from '../../domain/access/policy.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { TOTAL_COLUMN } from '../../domain/report/layout.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { invalid, NOT_FOUND, type Result } from '../failures.ts';
import { loadOrganRegistry } from '../organs/load-organ-tree.ts';
import { draftYearRefusal } from './assemble-draft.ts';
import { finishDraft, type FinishedDraft } from './finish-draft.ts';
import { organFacts } from './organ-facts.ts';

/** An included organ and where its figures came from. */
export type RollupMember = {
  organ: Organ;
  source: 'published' | 'records';
  publishedOn: string | null;
};

export type AssembledRollup = FinishedDraft & { organ: Organ; members: RollupMember[]; blanks: BlankCell[] };

/** Adds up named counts (columns of the same name across organs). */
function mergeCounts(lists: readonly (readonly NamedCount[])[]): NamedCount[] {
  const sums = new Map<string, number>();
  for (const { name, count } of lists.flat()) {
    sums.set(name, (sums.get(name) ?? 0) + count);
  }
  return [...sums].map(([name, count]) => ({ name, count }));
}

/**
 * @param included organ ids to sum (each within the organ's subtree); null: the whole subtree
 */
export async function assembleRollup(
  deps: CaseDeps,
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
  const outside = (included ?? []).filter((id) => !subtree.some((o) => o.id === id));
  if (outside.length > 0 || included?.length === 0) {
    return invalid({
      included: outside.length > 0 ? '所选单位须是本机关及其下属单位。' : '请至少选择一个单位。',
    });
  }
  const chosen = included === null ? subtree : subtree.filter((o) => included.includes(o.id));
  const members: RollupMember[] = [];
  const parts: RollupPart[] = [];
  const facts: DraftFacts[] = [];
  for (const member of chosen) {
    const own = await organFacts(deps, member, year, yearBasis);
    const published = await findAnnualReport(deps.db, member.id, year);
    const usable = published?.report.format === '2021' ? published : null;
    members.push({
      organ: member,
      source: usable === null ? 'records' : 'published',
      publishedOn: usable?.publishedOn ?? null,
    });
    const tables = usable?.report.format === '2021' ? usable.report : finishDraft(own.facts, null).report;
    parts.push({ organ: member.name, report: tables });
    facts.push(own.facts);
  }
  const sum = rollUp(parts);
  const last = await findAnnualReport(deps.db, organ.id, year - 1);
  const district: DraftFacts = {
    organ: organ.name,
    year,
    proactive: sum.proactive,
    applications: sum.applications,
    reviewLitigation: sum.reviewLitigation,
    previousNewlyReceived: last?.report.applications?.newlyReceived[TOTAL_COLUMN] ?? null,
    publishing: {
      published: facts.reduce((n, f) => n + (f.publishing?.published ?? 0), 0),
      byColumn: mergeCounts(facts.map((f) => f.publishing?.byColumn ?? [])),
      interpretations: mergeCounts(facts.map((f) => f.publishing?.interpretations ?? [])),
      gazetteIssues: facts.reduce((n, f) => n + (f.publishing?.gazetteIssues ?? 0), 0),
    },
    fees: {
      collectedYuan: facts.reduce((n, f) => n + (f.fees?.collectedYuan ?? 0), 0),
      applications: facts.reduce((n, f) => n + (f.fees?.applications ?? 0), 0),
    },
  };
  return {
    ok: true,
    organ,
    members,
    blanks: sum.blanks,
    ...finishDraft(district, last?.report ?? null),
  };
}

/** The same, for the organ with a URL slug (the CLI's `--organ … --rollup`), over its whole subtree. */
export async function assembleRollupBySlug(
  deps: CaseDeps,
  slug: string,
  year: number,
  yearBasis: YearBasis = 'written',
): Promise<Result<AssembledRollup, 'invalid' | 'not_found'>> {
  const organ = await findOrganBySlug(deps.db, slug);
  return organ === null ? NOT_FOUND : assembleRollup(deps, organ.id, year, yearBasis);
}
