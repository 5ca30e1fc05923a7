/**
 * A drafted report from its facts: the prose drafted from the figures, the report in the contract
 * (2021 format) and the report checker's findings on it (with last year's report for continuity).
 */
import { draftProse, sectionsOf, type DraftedProse } from '../../domain/annual-report/draft-prose.ts';
import type { DraftFacts } from '../../domain/annual-report/draft-facts.ts';
import { checkReport } from '../../domain/report/check/check-report.ts';
import type { Finding } from '../../domain/report/findings.ts';
import { SCHEMA_ID, type AnnualReport, type Report2021 } from '../../domain/report/model.ts';

export type FinishedDraft = { report: Report2021; prose: DraftedProse; findings: Finding[] };

/**
 * @param previous last year's report of the same organ (or district), when there is one
 * @param reword the prose said differently (the district roll-up's 「全区…」), figures unchanged
 */
export function finishDraft(
  facts: DraftFacts,
  previous: AnnualReport | null,
  reword: (prose: DraftedProse) => DraftedProse = (prose) => prose,
): FinishedDraft {
  const prose = reword(draftProse(facts));
  const report: Report2021 = {
    schema: SCHEMA_ID,
    format: '2021',
    organ: facts.organ,
    year: facts.year,
    sections: sectionsOf(prose),
    proactive: facts.proactive,
    applications: facts.applications,
    reviewLitigation: facts.reviewLitigation,
  };
  return { report, prose, findings: checkReport(report, previous === null ? {} : { previous }) };
}
