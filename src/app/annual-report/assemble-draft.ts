/**
 * An organ's annual report for a year, assembled from the platform's records (issue 12, "The
 * draft"): the organ's own figures (organ-facts.ts — its own cases, not its subtree's: a district's
 * report is the roll-up, assemble-rollup.ts), drafted prose and the checker's findings.
 */
import { findOrgan, findOrganBySlug } from '../../db/queries/organs.ts';
import type { YearBasis } from '../../domain/annual-report/documents-table.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { invalid, NOT_FOUND, type Failure, type Result } from '../failures.ts';
import { finishDraft, type FinishedDraft } from './finish-draft.ts';
import { organFacts, type DraftDeps, type PreviousSource } from './organ-facts.ts';

/** The first year the 2019 条例's report format (and so this draft) applies to. */
export const FIRST_DRAFT_YEAR = 2019;

export type AssembledDraft = FinishedDraft & { organ: Organ; previousFrom: PreviousSource };

/** Why a year cannot be drafted (it has not ended, or it is before the 2019 format), or null. */
export function draftYearRefusal(year: number, today: string): Failure<'invalid'> | null {
  const thisYear = Number(today.slice(0, 4));
  if (Number.isInteger(year) && year >= FIRST_DRAFT_YEAR && year < thisYear) {
    return null;
  }
  return invalid({
    year:
      year >= thisYear && year <= thisYear + 100
        ? `${year}年尚未结束，年度报告只能在次年起草。`
        : `年份须在${FIRST_DRAFT_YEAR}年至${thisYear - 1}年之间。`,
  });
}

/**
 * @param yearBasis which date puts a document in 本年制发 (documents-table.ts)
 * @returns the report (contract v1, 2021 format), its drafted prose and the checker's findings
 */
export async function assembleDraft(
  deps: DraftDeps,
  organId: number,
  year: number,
  yearBasis: YearBasis = 'written',
): Promise<Result<AssembledDraft, 'invalid' | 'not_found'>> {
  const organ = await findOrgan(deps.db, organId);
  if (organ === null) {
    return NOT_FOUND;
  }
  const refusal = draftYearRefusal(year, deps.clock.today());
  if (refusal !== null) {
    return refusal;
  }
  const { facts, previousFrom, lastReport } = await organFacts(deps, organ, year, yearBasis);
  return { ok: true, organ, previousFrom, ...finishDraft(facts, lastReport?.report ?? null) };
}

/** The same, for the organ with a URL slug (the CLI's `--organ`). */
export async function assembleDraftBySlug(
  deps: DraftDeps,
  slug: string,
  year: number,
  yearBasis: YearBasis = 'written',
): Promise<Result<AssembledDraft, 'invalid' | 'not_found'>> {
  const organ = await findOrganBySlug(deps.db, slug);
  return organ === null ? NOT_FOUND : assembleDraft(deps, organ.id, year, yearBasis);
}
