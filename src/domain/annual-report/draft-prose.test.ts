import { describe, expect, it } from 'vitest';
import { buildApplicationsTable } from '../case/statistics/applications-table.ts';
import { generateCases, generateReviewRecords } from '../case/statistics/generate-cases.test-support.ts';
import { buildReviewLitigationTable } from '../case/statistics/review-litigation-table.ts';
import { blankReport2021 } from '../report/check/fixtures.test-support.ts';
import { checkReport } from '../report/check/check-report.ts';
import type { Report2021 } from '../report/model.ts';
import type { DraftFacts } from './draft-facts.ts';
import { currentFigures, draftProse, sectionsOf } from './draft-prose.ts';
import { staleSentences } from './drafted-sentence.ts';

const YEAR = 2025;

function facts(seed: number): DraftFacts {
  const blank = blankReport2021(YEAR);
  return {
    organ: '某某区教育局',
    year: YEAR,
    proactive: {
      ...blank.proactive!,
      normativeDocuments: { issued: 3, repealed: 1, inForce: 12 },
      licensing: { decisions: 1520 },
      penalties: { decisions: 36 },
      coercion: { decisions: 0 },
    },
    applications: buildApplicationsTable(generateCases(seed, 300, { fromYear: 2024, toYear: YEAR }), YEAR),
    reviewLitigation: buildReviewLitigationTable(
      generateReviewRecords(seed, 30, { fromYear: 2024, toYear: YEAR }),
      YEAR,
    ),
    previousNewlyReceived: 190,
    publishing: {
      published: 6612,
      byColumn: [
        { name: '通知公告', count: 2100 },
        { name: '政策文件', count: 860 },
        { name: '财政预决算', count: 40 },
      ],
      interpretations: [
        { name: '文字解读', count: 80 },
        { name: '图解', count: 24 },
      ],
      gazetteIssues: 4,
    },
    fees: { collectedYuan: 300, applications: 2 },
  };
}

const reportOf = (f: DraftFacts, prose = draftProse(f)): Report2021 => ({
  ...blankReport2021(YEAR),
  organ: f.organ,
  proactive: f.proactive,
  applications: f.applications,
  reviewLitigation: f.reviewLitigation,
  sections: sectionsOf(prose),
});

describe('the drafted prose', () => {
  it('reads like a report and agrees with the tables under the report checker', () => {
    const f = facts(7);
    const prose = draftProse(f);
    const all = Object.values(sectionsOf(prose)).join('\n');
    expect(all).toContain(
      '全年通过政府网站主动公开政府信息6612条，其中「通知公告」2100条、「政策文件」860条、「财政预决算」40条。',
    );
    expect(all).toContain('发布政策解读104篇，其中文字解读80篇、图解24篇。');
    expect(all).toContain('编印政府公报4期。');
    expect(all).toContain('本年制发行政规范性文件3件，废止1件，现行有效行政规范性文件12件。');
    expect(all).toContain('全年作出行政许可决定1520件、行政处罚决定36件、行政强制决定0件。');
    expect(all).toMatch(/本年度共收到政府信息公开申请\d+件，较上年(增加|减少)[\d.]+%，上年结转\d+件。/);
    expect(all).toMatch(/全年共办结政府信息公开申请\d+件，其中予以公开\d+件.*；结转下年度继续办理\d+件。/);
    expect(all).toContain('收取信息处理费300元');
    const findings = checkReport(reportOf(f, prose));
    expect(findings.filter((x) => x.code === 'PROSE_TABLE_MISMATCH')).toEqual([]);
    const checked = findings.find((x) => x.code === 'PROSE_NUMBERS_CHECKED');
    // received, carried over, handled, each outcome printed, carried forward, review, litigation, 现行有效
    expect(checked?.numbers?.compared).toBeGreaterThanOrEqual(9);
  });

  it('marks exactly the sentences whose figures changed as stale', () => {
    const before = facts(7);
    const drafted = draftProse(before);
    const after = structuredClone(before);
    after.proactive!.normativeDocuments.inForce = 13;
    after.publishing!.gazetteIssues = 5;
    const now = currentFigures(draftProse(after));
    const stale = staleSentences(drafted.proactive, now);
    expect(stale.map((s) => drafted.proactive[s.index]!.text)).toEqual([
      '编印政府公报4期。',
      '本年制发行政规范性文件3件，废止1件，现行有效行政规范性文件12件。',
    ]);
    expect(stale[1]!.changed).toEqual([
      { key: 'proactive.normativeDocuments.inForce', drafted: 12, now: 13 },
    ]);
    expect(staleSentences(drafted.applications, now)).toEqual([]);
    // the checker sees the old sentence against the new table too
    const findings = checkReport({ ...reportOf(after), sections: sectionsOf(drafted) });
    expect(findings.filter((x) => x.code === 'PROSE_TABLE_MISMATCH')).toHaveLength(1);
  });

  it('states zeros in words, and a zero that becomes a number makes the sentence stale', () => {
    const f = facts(7);
    const zero = {
      ...f,
      applications: buildApplicationsTable([], YEAR),
      reviewLitigation: buildReviewLitigationTable([], YEAR),
      fees: { collectedYuan: 0, applications: 0 },
    };
    const prose = draftProse(zero);
    expect(sectionsOf(prose).applications).toBe('本年度未收到政府信息公开申请，无上年结转的申请。');
    expect(sectionsOf(prose).reviewLitigation).toBe(
      '本年度未发生因政府信息公开工作被申请行政复议、被提起行政诉讼的情况。',
    );
    expect(sectionsOf(prose).other).toBe('本年度未收取信息处理费。');
    const findings = checkReport(reportOf(zero, prose));
    expect(findings.filter((x) => x.code === 'PROSE_TABLE_MISMATCH')).toEqual([]);
    expect(
      findings.find((x) => x.code === 'PROSE_NUMBERS_CHECKED')?.numbers?.compared,
    ).toBeGreaterThanOrEqual(2);
    expect(staleSentences(prose.applications, currentFigures(draftProse(f)))).toHaveLength(1);
  });

  it('leaves a blank cell out of the prose instead of writing 0', () => {
    const f = facts(7);
    const blankCarry = structuredClone(f);
    blankCarry.applications!.carriedOver[6] = null;
    blankCarry.proactive!.normativeDocuments.repealed = null;
    const text = Object.values(sectionsOf(draftProse(blankCarry))).join('');
    expect(text).not.toContain('上年结转');
    expect(text).toContain('本年制发行政规范性文件3件，现行有效行政规范性文件12件。');
    expect(draftProse({ ...f, previousNewlyReceived: null }).applications[0]!.text).not.toContain('较上年');
  });
});

describe('the entered 收费 in the prose', () => {
  it('prints 万元 with its four decimals, depends on the figure, and passes the checker', () => {
    const f = facts(7);
    f.proactive = { ...f.proactive!, fees: { amountWanYuan: 1.2345 } };
    const prose = draftProse(f);
    const fee = prose.proactive.find((s) => s.text.includes('行政事业性收费'))!;
    expect(fee.text).toBe('收取行政事业性收费1.2345万元。');
    expect(fee.figures).toEqual([{ key: 'proactive.fees.amountWanYuan', value: 1.2345 }]);
    const report = reportOf(f, prose);
    expect(checkReport(report).filter((x) => x.code === 'PROSE_TABLE_MISMATCH')).toEqual([]);
  });

  it('leaves a blank or zero fee out of the prose', () => {
    for (const amountWanYuan of [null, 0]) {
      const f = facts(7);
      f.proactive = { ...f.proactive!, fees: { amountWanYuan } };
      expect(draftProse(f).proactive.some((s) => s.text.includes('行政事业性收费'))).toBe(false);
    }
  });
});
