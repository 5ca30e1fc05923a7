import { describe, expect, it } from 'vitest';
import { buildApplicationsTable } from '../case/statistics/applications-table.ts';
import { generateCases, generateReviewRecords } from '../case/statistics/generate-cases.test-support.ts';
import { buildReviewLitigationTable } from '../case/statistics/review-litigation-table.ts';
import { blankReport2021 } from '../report/check/fixtures.test-support.ts';
import { checkIdentities } from '../report/check/identities.ts';
import type { Report2021 } from '../report/model.ts';
import { rollUp } from './rollup.ts';

const YEAR = 2025;

/** An organ's report with tables from generated records (so every identity holds). */
function organReport(seed: number, cases: number): Report2021 {
  const report = blankReport2021(YEAR);
  return {
    ...report,
    proactive: {
      ...report.proactive!,
      normativeDocuments: { issued: seed % 5, repealed: seed % 2, inForce: 10 + seed },
      fees: { amountWanYuan: 0.0125 * seed },
    },
    applications: buildApplicationsTable(generateCases(seed, cases, { fromYear: 2023, toYear: YEAR }), YEAR),
    reviewLitigation: buildReviewLitigationTable(
      generateReviewRecords(seed, 20, { fromYear: 2023, toYear: YEAR }),
      YEAR,
    ),
  };
}

describe('the district roll-up', () => {
  const parts = [1, 2, 3, 4, 5].map((seed) => ({
    organ: `单位${seed}`,
    report: organReport(seed, 40 * seed),
  }));

  it('sums every cell, and the sum satisfies every identity by construction', () => {
    const sum = rollUp(parts);
    expect(sum.blanks).toEqual([]);
    const received = parts.reduce((n, p) => n + p.report.applications!.newlyReceived[6]!, 0);
    expect(received).toBeGreaterThan(0);
    expect(sum.applications!.newlyReceived[6]).toBe(received);
    expect(sum.proactive!.normativeDocuments.inForce).toBe(11 + 12 + 13 + 14 + 15);
    expect(sum.proactive!.fees.amountWanYuan).toBe(0.1875);
    expect(
      checkIdentities(sum.applications, sum.reviewLitigation).filter((f) => f.severity === 'error'),
    ).toEqual([]);
  });

  it('prints （六） as one row when an organ printed it as one row', () => {
    const single = organReport(9, 30);
    const other = single.applications!.other;
    if (Array.isArray(other)) {
      throw new Error('generated tables print （六） split');
    }
    const oneRow = other.noCorrection.map((cell, i) => cell! + other.noFee[i]! + other.other[i]!);
    const mixed = [
      ...parts,
      {
        organ: '单位9',
        report: { ...single, applications: { ...single.applications!, other: oneRow as typeof other.noFee } },
      },
    ];
    const sum = rollUp(mixed);
    expect(Array.isArray(sum.applications!.other)).toBe(true);
    expect(
      checkIdentities(sum.applications, sum.reviewLitigation).filter((f) => f.severity === 'error'),
    ).toEqual([]);
  });

  it('leaves blank what any organ left blank, naming the organs, never counting it as 0', () => {
    const blankCell = structuredClone(parts[1]!.report);
    blankCell.applications!.granted[0] = null;
    const noReview = { ...parts[2]!.report, reviewLitigation: null };
    const sum = rollUp([
      parts[0]!,
      { organ: '单位2', report: blankCell },
      { organ: '单位3', report: noReview },
    ]);
    expect(sum.applications!.granted[0]).toBeNull();
    expect(sum.applications!.granted[1]).toBe(
      parts[0]!.report.applications!.granted[1]! + blankCell.applications!.granted[1]!,
    );
    expect(sum.reviewLitigation).toBeNull();
    expect(sum.blanks).toEqual([
      { path: 'applications.granted[0]', organs: ['单位2'] },
      { path: 'reviewLitigation', organs: ['单位3'] },
    ]);
  });

  it('gives empty tables for no organs', () => {
    expect(rollUp([])).toEqual({ proactive: null, applications: null, reviewLitigation: null, blanks: [] });
  });
});
