import { describe, expect, it } from 'vitest';
import type { OtherHandlingSplit } from '../model.ts';
import { checkOtherMatters } from './other-checks.ts';
import { NO_SECTIONS, blankReport2021, rowOf, seedReport } from './fixtures.test-support.ts';

const codes = (findings: ReturnType<typeof checkOtherMatters>): string[] =>
  findings.map((f) => `${f.severity}:${f.code}`);

const ALL_SECTIONS = {
  overview: '一',
  proactive: '二',
  applications: '三',
  reviewLitigation: '四',
  problems: '五',
  other: '六',
};

describe('checkOtherMatters', () => {
  it.each(['000', '001', '002', '003', '004'] as const)('seed %s (sections not split) is silent', (id) => {
    expect(checkOtherMatters(seedReport(id, 'none'))).toEqual([]);
  });

  it('a missing table in a formatted report', () => {
    const report = { ...blankReport2021(), reviewLitigation: null };
    expect(codes(checkOtherMatters(report))).toEqual(['warning:TABLE_MISSING']);
  });

  it('a missing part when the others were found', () => {
    const report = { ...blankReport2021(), sections: { ...ALL_SECTIONS, problems: null } };
    const [f] = checkOtherMatters(report);
    expect(f).toMatchObject({ code: 'SECTION_MISSING', where: { part: 'problems' } });
    expect(f?.message).toContain('五、存在的主要问题及改进情况');
  });

  it('unpaid fee notices in table 三 but no word on 信息处理费 in part 六', () => {
    const report = blankReport2021();
    (report.applications!.other as OtherHandlingSplit).noFee = rowOf(2);
    report.sections = { ...ALL_SECTIONS, other: '无。' };
    expect(codes(checkOtherMatters(report))).toEqual(['info:FEE_NOT_REPORTED']);
    report.sections = { ...ALL_SECTIONS, other: '本年度未收取信息处理费。' };
    expect(checkOtherMatters(report)).toEqual([]);
  });

  it('fees collected while no application was received', () => {
    const report = {
      ...blankReport2021(),
      sections: { ...NO_SECTIONS, ...ALL_SECTIONS, other: '本年度共收取信息处理费120元。' },
    };
    const [f] = checkOtherMatters(report);
    expect(f).toMatchObject({
      code: 'FEE_WITHOUT_APPLICATIONS',
      severity: 'info',
      numbers: { amountYuan: 120 },
    });
  });
});
